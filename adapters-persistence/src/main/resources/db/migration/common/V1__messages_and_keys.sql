-- Shared by SQLite and PostgreSQL: only types and syntax both accept.
-- Instants are epoch milliseconds (BIGINT): portable, compact and ordered the same way everywhere.
-- JSON values (content, metadata, error, accounts) are TEXT so the same binding code works on both.

CREATE TABLE messages (
    id                  TEXT    NOT NULL PRIMARY KEY,
    account             TEXT    NOT NULL,
    to_number           TEXT    NOT NULL,
    type                TEXT    NOT NULL,
    content             TEXT    NOT NULL,
    sent_as             TEXT,
    metadata            TEXT    NOT NULL,
    callback_url        TEXT,
    status              TEXT    NOT NULL,
    whatsapp_message_id TEXT,
    attempts            INTEGER NOT NULL DEFAULT 0,
    next_attempt_at     BIGINT,
    error               TEXT,
    created_at          BIGINT  NOT NULL,
    updated_at          BIGINT  NOT NULL
);

-- Due work per account (sweeps, dashboards).
CREATE INDEX messages_claim_idx ON messages (account, status, next_attempt_at);
-- The dispatcher's claim walks only waiting rows in id (age) order and stops after one batch,
-- instead of sorting every due row of a large backlog on each claim.
CREATE INDEX messages_waiting_idx ON messages (account, id) WHERE status IN ('queued', 'scheduled');
CREATE INDEX messages_status_idx ON messages (status, id);
CREATE INDEX messages_to_idx ON messages (to_number, id);
-- Several NULLs are allowed by both databases: a message has no wamid until Meta accepts it.
CREATE UNIQUE INDEX messages_wamid_idx ON messages (whatsapp_message_id);

CREATE TABLE idempotency_keys (
    scope       TEXT   NOT NULL,
    idem_key    TEXT   NOT NULL,
    fingerprint TEXT   NOT NULL,
    message_id  TEXT   NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    created_at  BIGINT NOT NULL,
    PRIMARY KEY (scope, idem_key)
);
CREATE INDEX idempotency_keys_message_idx ON idempotency_keys (message_id);

CREATE TABLE api_keys (
    id           TEXT    NOT NULL PRIMARY KEY,
    name         TEXT    NOT NULL,
    key_hash     TEXT    NOT NULL UNIQUE,
    admin        BOOLEAN NOT NULL,
    accounts     TEXT    NOT NULL,
    callback_url TEXT,
    created_at   BIGINT  NOT NULL,
    revoked_at   BIGINT
);
