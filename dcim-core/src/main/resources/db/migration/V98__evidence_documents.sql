-- Issue 22: the documents that evidence an attestation or a record of the register (Art. 12.1),
-- uploaded by the responsible role and kept encrypted (AES-256-GCM, key "documents" of the key
-- directory, the random ref as associated data): content holds the ciphertext, never the file.
CREATE TABLE evidence_document (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  ref          CHAR(36)      NOT NULL,
  name         VARCHAR(255)  NOT NULL,
  content_type VARCHAR(100)  NOT NULL,
  size_bytes   BIGINT        NOT NULL,
  sha256       CHAR(64)      NOT NULL,
  content      MEDIUMBLOB    NOT NULL,
  uploaded_by  VARCHAR(100)  NOT NULL,
  uploaded_at  DATETIME(3)   NOT NULL,
  UNIQUE KEY ux_evidence_document_ref (ref)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE compliance_attestation
  ADD COLUMN document_id BIGINT NULL,
  ADD CONSTRAINT fk_attestation_document FOREIGN KEY (document_id) REFERENCES evidence_document (id) ON DELETE RESTRICT;

ALTER TABLE kept_record
  ADD COLUMN document_id BIGINT NULL,
  ADD CONSTRAINT fk_kept_record_document FOREIGN KEY (document_id) REFERENCES evidence_document (id) ON DELETE RESTRICT;
