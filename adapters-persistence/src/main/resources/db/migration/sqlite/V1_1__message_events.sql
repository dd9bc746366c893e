-- SQLite only: WITHOUT ROWID clusters each message's events together on disk in seq order,
-- so loading a message's history is one short range read (rows are small, the ideal case).
CREATE TABLE message_events (
    message_id TEXT    NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    status     TEXT    NOT NULL,
    at         BIGINT  NOT NULL,
    PRIMARY KEY (message_id, seq)
) WITHOUT ROWID;
