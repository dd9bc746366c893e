-- Issue 5: the template registry, one row per (account, name, language).
-- definition holds the template in the shape of Meta's create request (see TemplateShape).
CREATE TABLE templates (
    account          VARCHAR(64)  NOT NULL,
    name             VARCHAR(512) NOT NULL,
    language         VARCHAR(15)  NOT NULL,
    category         VARCHAR(16)  NOT NULL,
    status           VARCHAR(32)  NOT NULL,
    meta_id          VARCHAR(64),
    rejection_reason TEXT,
    last_synced_at   BIGINT,
    definition       TEXT         NOT NULL,
    updated_at       BIGINT       NOT NULL,
    PRIMARY KEY (account, name, language)
);
