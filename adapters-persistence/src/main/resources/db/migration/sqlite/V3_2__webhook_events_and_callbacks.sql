-- Issue 3: tables with generated ids, whose syntax differs between SQLite and PostgreSQL.

-- Every verified webhook delivery, stored before Meta gets its 200; applied_at is set once applied.
CREATE TABLE webhook_events (
    id          INTEGER NOT NULL PRIMARY KEY,
    payload     TEXT   NOT NULL,
    received_at BIGINT NOT NULL,
    applied_at  BIGINT
);
CREATE INDEX webhook_events_pending_idx ON webhook_events (id) WHERE applied_at IS NULL;

-- Statuses whose message was not known yet when they arrived.
CREATE TABLE parked_statuses (
    id              INTEGER NOT NULL PRIMARY KEY,
    phone_number_id TEXT,
    wamid           TEXT   NOT NULL,
    status          TEXT   NOT NULL,
    at              BIGINT NOT NULL,
    recipient_id    TEXT,
    callback_data   TEXT,
    error           TEXT,
    parked_at       BIGINT NOT NULL
);

-- The outbox of client callbacks: one row per reported status change, written with the change itself.
CREATE TABLE callback_deliveries (
    id              INTEGER NOT NULL PRIMARY KEY,
    message_id      TEXT    NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,
    url             TEXT    NOT NULL,
    status          TEXT    NOT NULL,
    at              BIGINT  NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT  NOT NULL,
    created_at      BIGINT  NOT NULL,
    done_at         BIGINT,
    outcome         TEXT,
    last_error      TEXT,
    UNIQUE (message_id, seq)
);
CREATE INDEX callback_deliveries_pending_idx ON callback_deliveries (next_attempt_at) WHERE done_at IS NULL;
CREATE INDEX callback_deliveries_message_idx ON callback_deliveries (message_id, id) WHERE done_at IS NULL;
