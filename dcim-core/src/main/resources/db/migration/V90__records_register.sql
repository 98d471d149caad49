-- Art. 12.1 (seed 003): the records repository by record type. Each entry says which of the types
-- (a)-(k) it is, the period it covers, where it is kept (a cabinet, a share, a document address),
-- who answers for it and how long it is kept. Dates are calendar days of the centre.
CREATE TABLE kept_record (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  record_type      VARCHAR(2)    NOT NULL,
  title            VARCHAR(300)  NOT NULL,
  period_from      DATE          NOT NULL,
  period_to        DATE,
  stored_at        VARCHAR(500)  NOT NULL,
  responsible      VARCHAR(200)  NOT NULL,
  retention_years  INT           NOT NULL,
  created_by       VARCHAR(100)  NOT NULL,
  created_at       DATETIME(3)   NOT NULL,
  KEY ix_kept_record_type (record_type, period_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
