-- Backups of the product's own database (Art. 11.3, 11.4).
CREATE TABLE backup_run (
  id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  taken_at            TIMESTAMP(3) NOT NULL,
  file_name           VARCHAR(200) NOT NULL,
  sha256              CHAR(64),
  bytes               BIGINT,
  copies              VARCHAR(2000),
  checksums_verified  BOOLEAN      NOT NULL,
  restore_verified    BOOLEAN      NOT NULL,
  same_device         BOOLEAN      NOT NULL,
  ok                  BOOLEAN      NOT NULL,
  message             VARCHAR(2000)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The register of the center's other data sets and their backups; the policy fields are those of
-- Art. 22.4 (frequency, media, retention, location, storage method, retrieval method).
CREATE TABLE backup_dataset (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name              VARCHAR(200) NOT NULL,
  system_name       VARCHAR(200),
  important         BOOLEAN      NOT NULL DEFAULT TRUE,
  frequency_days    INT          NOT NULL,
  required_copies   INT          NOT NULL DEFAULT 2,
  media             VARCHAR(200),
  retention_days    INT,
  storage_method    VARCHAR(200),
  retrieval_method  VARCHAR(200),
  encrypted         BOOLEAN      NOT NULL DEFAULT FALSE,
  CONSTRAINT uq_backup_dataset UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE backup_copy (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dataset_id   BIGINT       NOT NULL,
  taken_at     TIMESTAMP(3) NOT NULL,
  location     VARCHAR(200) NOT NULL,
  verified     BOOLEAN      NOT NULL DEFAULT FALSE,
  note         VARCHAR(500),
  CONSTRAINT fk_copy_dataset FOREIGN KEY (dataset_id) REFERENCES backup_dataset (id) ON DELETE RESTRICT,
  KEY ix_copy_dataset (dataset_id, taken_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
