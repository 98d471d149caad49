-- What each hosted agency owns (QĐ 11/2023 Điều 17.3: the agency administers its own equipment): an asset, a
-- monitored device, a rack, a power connection or a software licence belongs to at most one agency. Kept beside
-- the equipment rather than in its tables so the registry's rows and their history stay as they are.
CREATE TABLE agency_equipment (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  kind        VARCHAR(16) NOT NULL,
  item_id     VARCHAR(64) NOT NULL,
  agency_id   BIGINT NOT NULL,
  assigned_at DATETIME(3) NOT NULL,
  assigned_by VARCHAR(100) NOT NULL,
  CONSTRAINT uq_agency_equipment_item UNIQUE (kind, item_id),
  KEY ix_agency_equipment_agency (agency_id, kind),
  CONSTRAINT fk_agency_equipment_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- What an account may see: some sites (a comma-separated list of site ids) and/or one agency's equipment. No row,
-- or a row with neither, sees everything (the province's leadership, the administrator).
CREATE TABLE account_scope (
  account_id BIGINT NOT NULL PRIMARY KEY,
  site_ids   VARCHAR(2000) NULL,
  agency_id  BIGINT NULL,
  changed_at DATETIME(3) NOT NULL,
  changed_by VARCHAR(100) NOT NULL,
  CONSTRAINT fk_account_scope_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
  CONSTRAINT fk_account_scope_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
