-- Locations and equipment: the registry issue extends these tables, it does not replace them.
CREATE TABLE site (
  id          VARCHAR(64)  NOT NULL PRIMARY KEY,
  name        VARCHAR(200) NOT NULL,
  province    VARCHAR(100),
  address     VARCHAR(300),
  created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE room (
  id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  site_id   VARCHAR(64)  NOT NULL,
  name      VARCHAR(200) NOT NULL,
  floor     VARCHAR(50),
  kind      VARCHAR(30)  NOT NULL,
  CONSTRAINT fk_room_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE RESTRICT,
  CONSTRAINT uq_room_name UNIQUE (site_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE rack (
  id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  room_id   BIGINT       NOT NULL,
  name      VARCHAR(100) NOT NULL,
  height_u  INT          NOT NULL DEFAULT 42,
  CONSTRAINT fk_rack_room FOREIGN KEY (room_id) REFERENCES room (id) ON DELETE RESTRICT,
  CONSTRAINT uq_rack_name UNIQUE (room_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE asset (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  site_id      VARCHAR(64)  NOT NULL,
  room_id      BIGINT,
  rack_id      BIGINT,
  position_u   INT,
  height_u     INT,
  face         VARCHAR(10),
  kind         VARCHAR(30)  NOT NULL,
  name         VARCHAR(200) NOT NULL,
  label_code   VARCHAR(64),
  vendor       VARCHAR(100),
  model        VARCHAR(100),
  serial       VARCHAR(100),
  status       VARCHAR(30)  NOT NULL DEFAULT 'in_service',
  criticality  VARCHAR(20)  NOT NULL DEFAULT 'normal',
  created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT fk_asset_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE RESTRICT,
  CONSTRAINT fk_asset_room FOREIGN KEY (room_id) REFERENCES room (id) ON DELETE RESTRICT,
  CONSTRAINT fk_asset_rack FOREIGN KEY (rack_id) REFERENCES rack (id) ON DELETE RESTRICT,
  CONSTRAINT uq_asset_label UNIQUE (label_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Grid feeds: the start of the power chain (grid → ATS → UPS → PDU).
CREATE TABLE power_feed (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  site_id     VARCHAR(64)  NOT NULL,
  name        VARCHAR(200) NOT NULL,
  supplier    VARCHAR(200),
  voltage_v   INT,
  phases      INT,
  CONSTRAINT fk_feed_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Art. 8.1đ: Internet from at least two providers.
CREATE TABLE isp_link (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  site_id        VARCHAR(64)  NOT NULL,
  provider       VARCHAR(100) NOT NULL,
  circuit_id     VARCHAR(100),
  interface_name VARCHAR(100),
  gateway        VARCHAR(64),
  source_address VARCHAR(64),
  probe_targets  VARCHAR(500),
  CONSTRAINT fk_isp_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
