-- Tamper evidence: every audit row carries the hash of the row before it (one chain per database, walked as
-- each file row followed by its finding rows, file rows by id). row_hash is the hex SHA-256 of the row's
-- canonical serialisation including prev_hash; docs/audit.md defines the canonical form. Rows written before
-- this migration keep null hashes and are reported as unchained, not as tampered.

ALTER TABLE gdpr_pii_redactions ADD COLUMN prev_hash TEXT;
ALTER TABLE gdpr_pii_redactions ADD COLUMN row_hash TEXT;
ALTER TABLE pii_instances_log ADD COLUMN prev_hash TEXT;
ALTER TABLE pii_instances_log ADD COLUMN row_hash TEXT;

-- The verifier looks a broken link's prev_hash up to tell a moved row (its predecessor exists) from a gap.
CREATE INDEX gdpr_pii_redactions_row_hash ON gdpr_pii_redactions (row_hash);
CREATE INDEX pii_instances_log_row_hash ON pii_instances_log (row_hash);
