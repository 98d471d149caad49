-- Values of a device that the poller refused (wrong type, overflow, implausible for its unit ...),
-- counted per device and reason so the device's page can show a sensor that keeps sending garbage.
-- One row per (device, reason): bounded however long the garbage lasts.
CREATE TABLE device_refusal (
  device_id   VARCHAR(64)  NOT NULL,
  reason      VARCHAR(32)  NOT NULL,
  refused     BIGINT       NOT NULL,
  first_ts    DATETIME(3)  NOT NULL,
  last_ts     DATETIME(3)  NOT NULL,
  last_metric VARCHAR(128) NOT NULL,
  last_oid    VARCHAR(255) NOT NULL,
  last_detail VARCHAR(500) NOT NULL,
  PRIMARY KEY (device_id, reason)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
