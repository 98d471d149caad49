-- Registry: equipment details (Art. 7.1, 17, 23.1), status history and the append-only audit log.
ALTER TABLE asset
  ADD COLUMN owning_agency  VARCHAR(200),
  ADD COLUMN custodian      VARCHAR(200),
  ADD COLUMN purchase_date  DATE,
  ADD COLUMN purchase_value DECIMAL(18, 2),
  ADD COLUMN warranty_end   DATE,
  ADD COLUMN mac_address    VARCHAR(17),
  ADD COLUMN ip_address     VARCHAR(45),
  ADD COLUMN hostname       VARCHAR(253);

CREATE TABLE asset_status_change (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  asset_id     BIGINT       NOT NULL,
  from_status  VARCHAR(30),
  to_status    VARCHAR(30)  NOT NULL,
  reason       VARCHAR(500),
  changed_by   VARCHAR(100) NOT NULL,
  changed_at   TIMESTAMP(3) NOT NULL,
  CONSTRAINT fk_status_change_asset FOREIGN KEY (asset_id) REFERENCES asset (id) ON DELETE RESTRICT,
  INDEX ix_status_change_time (changed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Append-only: the application only ever INSERTs here.
CREATE TABLE audit_event (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  occurred_at  TIMESTAMP(3) NOT NULL,
  actor        VARCHAR(100) NOT NULL,
  entity_type  VARCHAR(50)  NOT NULL,
  entity_id    VARCHAR(64)  NOT NULL,
  action       VARCHAR(30)  NOT NULL,
  before_json  TEXT,
  after_json   TEXT,
  INDEX ix_audit_entity (entity_type, entity_id),
  INDEX ix_audit_time (occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
