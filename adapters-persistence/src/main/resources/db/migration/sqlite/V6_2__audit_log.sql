-- Audit trail (issue 6): Graph API calls and admin actions; no secrets, numbers masked.
CREATE TABLE audit_log (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    at      BIGINT  NOT NULL,
    actor   TEXT    NOT NULL,
    account TEXT,
    action  TEXT    NOT NULL,
    target  TEXT,
    outcome TEXT    NOT NULL
);
CREATE INDEX audit_log_at_idx ON audit_log (at);
