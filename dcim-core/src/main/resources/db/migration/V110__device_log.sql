-- Issue 34: one log per device of what it told us by itself (SNMP traps, syslog lines, pushed HTTP
-- events). Art. 30.6-30.7a: collected, kept at least 6 months, searchable; the server encrypts every
-- InnoDB table at rest (AtRestEncryption) and the backup dumps the schema, so both hold this log too.
-- RANGE-partitioned by day like series_point: DeviceLogRetentionDuty drops whole days (no DELETE storm),
-- the partition duty prepares days ahead, p_future catches anything beyond so an insert never fails.
-- device_id is NULL for a sender that is no monitored device (kept and listed, never lost).
SET @partitions = (WITH RECURSIVE d (day) AS (
                     SELECT CURDATE() UNION ALL SELECT day + INTERVAL 1 DAY FROM d WHERE day < CURDATE() + INTERVAL 7 DAY)
                   SELECT GROUP_CONCAT(CONCAT('PARTITION p', DATE_FORMAT(day, '%Y%m%d'), ' VALUES LESS THAN (''',
                                              DATE_FORMAT(day + INTERVAL 1 DAY, '%Y-%m-%d'), ''')') ORDER BY day SEPARATOR ', ')
                   FROM d);
SET @ddl = CONCAT('CREATE TABLE device_log (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  ts          DATETIME(3)     NOT NULL,
  received_at DATETIME(3)     NOT NULL,
  device_id   VARCHAR(64),
  sender      VARCHAR(64)     NOT NULL,
  source      VARCHAR(8)      NOT NULL,
  severity    VARCHAR(10)     NOT NULL,
  text        VARCHAR(2000)   NOT NULL,
  event       VARCHAR(200),
  raw         TEXT,
  fields      TEXT,
  PRIMARY KEY (id, ts),
  KEY ix_device_log_device (device_id, ts),
  KEY ix_device_log_sender (sender, ts),
  KEY ix_device_log_ts (ts)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 PAGE_COMPRESSED=1
PARTITION BY RANGE COLUMNS (ts) (PARTITION p_old VALUES LESS THAN (''', DATE_FORMAT(CURDATE(), '%Y-%m-%d'), '''), ',
  @partitions, ', PARTITION p_future VALUES LESS THAN (MAXVALUE))');
PREPARE create_log FROM @ddl;
EXECUTE create_log;
DEALLOCATE PREPARE create_log;
