-- Veil audit trail (SQLite). One row per processed file and one per finding, in the spirit of the seed's
-- gdpr_pii_redactions and pii_instances_log. Deliberately absent: detected values and file names (both are
-- personal data). A finding is searchable only through value_hmac, a keyed HMAC-SHA256 of its normalised value.

CREATE TABLE gdpr_pii_redactions (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id       TEXT    NOT NULL,                 -- "doc_" + first 16 hex of input_sha256, as in the report
    processed_at      TEXT    NOT NULL,                 -- ISO-8601 UTC
    action            TEXT    NOT NULL CHECK (action IN ('scan', 'redact')),
    status            TEXT    NOT NULL CHECK (status IN ('ok', 'failed', 'verification_failed')),
    input_sha256      TEXT,                             -- null only when the input could not be read at all
    output_sha256     TEXT,                             -- null for scans and failures
    media_type        TEXT,
    page_count        INTEGER NOT NULL CHECK (page_count >= 0),
    risk_level        TEXT    NOT NULL,
    veil_version      TEXT    NOT NULL,
    detector_versions TEXT,
    duration_ms       INTEGER NOT NULL CHECK (duration_ms >= 0),
    error_stages      TEXT    NOT NULL DEFAULT '',      -- comma-separated stage names, never messages
    finding_count     INTEGER NOT NULL CHECK (finding_count >= 0)
);

CREATE INDEX gdpr_pii_redactions_document ON gdpr_pii_redactions (document_id);
CREATE INDEX gdpr_pii_redactions_input ON gdpr_pii_redactions (input_sha256);
CREATE INDEX gdpr_pii_redactions_processed ON gdpr_pii_redactions (processed_at);

CREATE TABLE pii_instances_log (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    redaction_id    INTEGER NOT NULL REFERENCES gdpr_pii_redactions (id) ON DELETE CASCADE,
    instance_id     TEXT    NOT NULL,                   -- "pii_001", the report's instance id
    category        TEXT    NOT NULL,
    page            INTEGER NOT NULL CHECK (page >= 1),
    box_x           INTEGER,                            -- union box; null for text inputs without geometry
    box_y           INTEGER,
    box_width       INTEGER,
    box_height      INTEGER,
    confidence      REAL    NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    detector        TEXT    NOT NULL,
    redaction       TEXT    NOT NULL,
    decision        TEXT    NOT NULL CHECK (decision IN ('redacted', 'reported')),
    value_hmac      TEXT                                -- hex HMAC-SHA256; null when there is no text value (faces)
);

CREATE INDEX pii_instances_log_redaction ON pii_instances_log (redaction_id);
CREATE INDEX pii_instances_log_hmac ON pii_instances_log (value_hmac);
CREATE INDEX pii_instances_log_category ON pii_instances_log (category);
