-- Accounts created through the API (issue 6). Tokens and secrets are AES-GCM ciphertexts ("v1:..."),
-- never plain text; the master key that opens them is not in the database.
CREATE TABLE accounts (
    name                     TEXT    NOT NULL PRIMARY KEY,
    phone_number_id          TEXT,
    waba_id                  TEXT,
    access_token_enc         TEXT,
    app_secret_enc           TEXT,
    webhook_verify_token_enc TEXT,
    callback_secret_enc      TEXT,
    api_version              TEXT    NOT NULL,
    default_region           TEXT,
    allowed_countries        TEXT    NOT NULL,
    mps                      INTEGER NOT NULL,
    test_recipients          TEXT    NOT NULL,
    state                    TEXT    NOT NULL,
    paused_reason            TEXT,
    updated_at               BIGINT  NOT NULL
);
CREATE UNIQUE INDEX accounts_phone_number_idx ON accounts (phone_number_id);

-- Messages the caller marked "sensitive": their whole content is redacted once sent or failed.
-- No foreign key on purpose: the mark is written before the message, so the dispatcher can never
-- send it unmarked; marks of messages that were never stored are removed by the retention purge.
CREATE TABLE sensitive_messages (
    message_id TEXT NOT NULL PRIMARY KEY
);

-- The callback signing secret of each API key, shown once at creation, sealed like the account secrets.
CREATE TABLE api_key_callback_secrets (
    key_id     TEXT NOT NULL PRIMARY KEY REFERENCES api_keys (id) ON DELETE CASCADE,
    secret_enc TEXT NOT NULL
);
