-- A monitored device is the SNMP or MQTT endpoint behind an asset.
CREATE TABLE monitored_device (
  id             VARCHAR(64)  NOT NULL PRIMARY KEY,
  site_id        VARCHAR(64)  NOT NULL,
  asset_id       BIGINT,
  name           VARCHAR(200) NOT NULL,
  protocol       VARCHAR(10)  NOT NULL,
  host           VARCHAR(255),
  port           INT,
  snmp_version   VARCHAR(5),
  community      VARCHAR(100),
  v3_user        VARCHAR(100),
  v3_auth_proto  VARCHAR(20),
  v3_auth_pass   VARCHAR(200),
  v3_priv_proto  VARCHAR(20),
  v3_priv_pass   VARCHAR(200),
  profile        VARCHAR(100),
  interval_s     INT          NOT NULL DEFAULT 60,
  timeout_ms     INT          NOT NULL DEFAULT 2000,
  retries        INT          NOT NULL DEFAULT 1,
  enabled        BOOLEAN      NOT NULL DEFAULT TRUE,
  CONSTRAINT fk_device_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE RESTRICT,
  CONSTRAINT fk_device_asset FOREIGN KEY (asset_id) REFERENCES asset (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Time series of every reading; kept ≥ 6 months (Art. 30.7a).
CREATE TABLE reading (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  ts          TIMESTAMP(3) NOT NULL,
  device_id   VARCHAR(64)  NOT NULL,
  metric      VARCHAR(100) NOT NULL,
  instance    VARCHAR(100) NOT NULL DEFAULT '0',
  value       DOUBLE,
  text_value  VARCHAR(200),
  unit        VARCHAR(20),
  KEY ix_reading_device_metric_ts (device_id, metric, instance, ts),
  KEY ix_reading_ts (ts)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The latest value per device/metric/instance for the dashboard.
CREATE TABLE latest_reading (
  device_id   VARCHAR(64)  NOT NULL,
  metric      VARCHAR(100) NOT NULL,
  instance    VARCHAR(100) NOT NULL DEFAULT '0',
  ts          TIMESTAMP(3) NOT NULL,
  value       DOUBLE,
  text_value  VARCHAR(200),
  unit        VARCHAR(20),
  PRIMARY KEY (device_id, metric, instance)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Why a device could not be read (timeout, noSuchObject, wrong type...), latest first.
CREATE TABLE device_error (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  ts          TIMESTAMP(3) NOT NULL,
  device_id   VARCHAR(64)  NOT NULL,
  reason      VARCHAR(500) NOT NULL,
  KEY ix_device_error (device_id, ts)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
