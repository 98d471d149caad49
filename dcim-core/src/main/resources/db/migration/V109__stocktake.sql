-- Issue 37: the yearly physical stock-take (kiểm kê) of state assets by phone: opened for rooms of a
-- site, the crew's scans (idempotent by the phone's scan id, so offline scans sent twice count once).
CREATE TABLE stocktake (
  id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  site_id    VARCHAR(64)   NOT NULL,
  name       VARCHAR(200)  NOT NULL,
  status     VARCHAR(16)   NOT NULL,
  opened_by  VARCHAR(100)  NOT NULL,
  opened_at  DATETIME(3)   NOT NULL,
  closed_by  VARCHAR(100)  NULL,
  closed_at  DATETIME(3)   NULL,
  CONSTRAINT fk_stocktake_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE stocktake_room (
  id           BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  stocktake_id BIGINT NOT NULL,
  room_id      BIGINT NOT NULL,
  UNIQUE KEY uq_stocktake_room (stocktake_id, room_id),
  CONSTRAINT fk_stocktake_room_take FOREIGN KEY (stocktake_id) REFERENCES stocktake (id) ON DELETE CASCADE,
  CONSTRAINT fk_stocktake_room_room FOREIGN KEY (room_id) REFERENCES room (id) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE stocktake_scan (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  stocktake_id  BIGINT        NOT NULL,
  scan_id       VARCHAR(64)   NOT NULL,
  room_id       BIGINT        NOT NULL,
  rack_id       BIGINT        NULL,
  code          VARCHAR(300)  NOT NULL,
  asset_id      BIGINT        NULL,
  outcome       VARCHAR(16)   NOT NULL,
  scanned_by    VARCHAR(100)  NOT NULL,
  scanned_at    DATETIME(3)   NOT NULL,
  received_at   DATETIME(3)   NOT NULL,
  UNIQUE KEY uq_stocktake_scan (stocktake_id, scan_id),
  KEY ix_stocktake_scan_asset (stocktake_id, asset_id),
  CONSTRAINT fk_stocktake_scan_take FOREIGN KEY (stocktake_id) REFERENCES stocktake (id) ON DELETE CASCADE,
  CONSTRAINT fk_stocktake_scan_room FOREIGN KEY (room_id) REFERENCES room (id) ON DELETE RESTRICT,
  CONSTRAINT fk_stocktake_scan_rack FOREIGN KEY (rack_id) REFERENCES rack (id) ON DELETE RESTRICT,
  CONSTRAINT fk_stocktake_scan_asset FOREIGN KEY (asset_id) REFERENCES asset (id) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
