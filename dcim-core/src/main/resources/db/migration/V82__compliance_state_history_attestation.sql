-- The compliance view's memory: each requirement's current state since when, every change of state
-- (the history an auditor reads), and the attestations and not-applicable declarations of the
-- responsible role (audited in audit_event as well).
CREATE TABLE compliance_state (
  requirement_id VARCHAR(40)  NOT NULL PRIMARY KEY,
  state          VARCHAR(20)  NOT NULL,
  since          DATETIME(3)  NOT NULL,
  checked_at     DATETIME(3)  NOT NULL,
  summary        VARCHAR(2000) NOT NULL,
  evidence       TEXT         NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE compliance_state_change (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  requirement_id VARCHAR(40)  NOT NULL,
  state          VARCHAR(20)  NOT NULL,
  previous_state VARCHAR(20),
  at             DATETIME(3)  NOT NULL,
  summary        VARCHAR(2000) NOT NULL,
  evidence       TEXT         NOT NULL,
  KEY ix_compliance_change_req_at (requirement_id, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE compliance_attestation (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  requirement_id VARCHAR(40)  NOT NULL,
  kind           VARCHAR(20)  NOT NULL,
  note           VARCHAR(4000) NOT NULL,
  document_name  VARCHAR(255),
  document_type  VARCHAR(100),
  document       MEDIUMBLOB,
  attested_by    VARCHAR(100) NOT NULL,
  attested_at    DATETIME(3)  NOT NULL,
  valid_until    DATETIME(3),
  KEY ix_compliance_attestation_req (requirement_id, attested_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
