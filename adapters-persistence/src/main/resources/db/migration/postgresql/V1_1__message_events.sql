-- PostgreSQL only: same table as SQLite's (which is WITHOUT ROWID there).
CREATE TABLE message_events (
    message_id TEXT    NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    status     TEXT    NOT NULL,
    at         BIGINT  NOT NULL,
    PRIMARY KEY (message_id, seq)
);

-- Every message row is updated several times (sending, sent, delivered, read): free space in each
-- page lets PostgreSQL do those as HOT updates and keeps the table from bloating.
ALTER TABLE messages SET (fillfactor = 85);
