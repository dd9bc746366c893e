-- Issue 3: the delivery lifecycle. Shared by SQLite and PostgreSQL (instants are epoch milliseconds).

-- Inbound messages; each (account, from_number) pair's latest sent_at is its 24-hour window.
CREATE TABLE inbound_messages (
    wamid       TEXT   NOT NULL PRIMARY KEY,
    account     TEXT   NOT NULL,
    from_number TEXT   NOT NULL,
    type        TEXT   NOT NULL,
    text        TEXT,
    sent_at     BIGINT NOT NULL,
    received_at BIGINT NOT NULL
);
CREATE INDEX inbound_messages_sender_idx ON inbound_messages (account, from_number, sent_at);

-- The signing secret of each account's client callbacks (HMAC keys must be kept, not hashed).
CREATE TABLE callback_secrets (
    account    TEXT NOT NULL PRIMARY KEY,
    secret     TEXT NOT NULL
);
