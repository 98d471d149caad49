-- Issue 18: the history of readings at scale. A reading was keyed by three strings (device, metric,
-- instance) and trimmed by DELETE; at 1,000 devices x 50 sensors a minute (72 million rows a day,
-- kept >= 6 months by Art. 30.7a) neither the key nor the DELETE holds. Now:
--   series        one row per device/metric/instance, a 4-byte id for everything else;
--   series_point  the raw points keyed (series_id, ts), RANGE-partitioned by day, so retention drops
--                 whole days (ReadingRetentionDuty) and a chart reads one series' points together;
--   rollup_5m/1h/1d  min/max/sum/count/last per series and bucket, kept up to date by RollupDuty from
--                 the buckets that rollup_pending names (never by rescanning history).
-- Times are the JVM zone's wall clock, as SqlTime writes them; DATETIME(3), not TIMESTAMP (2038).
--
-- Upgrade: today's rows are copied here, in the migration, with set-based INSERT ... SELECT (one
-- pass over the old primary key). A start-up step would let the product run with half a history and
-- needs its own bookkeeping; the copy runs at roughly a million rows per few seconds on the bench
-- machine, so an installation with tens of millions of rows waits minutes once, at the upgrade.

CREATE TABLE series (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  device_id   VARCHAR(64)  NOT NULL,
  metric      VARCHAR(100) NOT NULL,
  instance    VARCHAR(100) NOT NULL DEFAULT '0',
  unit        VARCHAR(20),
  kind        VARCHAR(8)   NOT NULL DEFAULT 'gauge',  -- gauge: a number; state: a number with its text
  UNIQUE KEY ux_series (device_id, metric, instance)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO series (device_id, metric, instance, unit, kind)
SELECT device_id, metric, instance, MAX(unit), IF(MAX(text_value) IS NULL, 'gauge', 'state')
FROM reading GROUP BY device_id, metric, instance;

-- One partition per day from the oldest kept reading (at most 900 days back: older ones share the
-- first partition) to a week ahead; p_future catches points beyond the days prepared, so a write never
-- fails when the partition duty did not run. ReadingPartitions prepares days ahead from then on.
SET @first_day = (SELECT LEAST(CURDATE(), GREATEST(COALESCE(DATE(MIN(ts)), CURDATE()), CURDATE() - INTERVAL 900 DAY)) FROM reading);
SET @days = (WITH RECURSIVE d (day) AS (
               SELECT @first_day UNION ALL SELECT day + INTERVAL 1 DAY FROM d WHERE day < CURDATE() + INTERVAL 7 DAY)
             SELECT GROUP_CONCAT(CONCAT('PARTITION p', DATE_FORMAT(day, '%Y%m%d'), ' VALUES LESS THAN (''',
                                        DATE_FORMAT(day + INTERVAL 1 DAY, '%Y-%m-%d'), ''')') ORDER BY day SEPARATOR ', ')
             FROM d);
SET @partitions = CONCAT(' PARTITION BY RANGE COLUMNS (ts) (PARTITION p_old VALUES LESS THAN (''',
                         DATE_FORMAT(@first_day, '%Y-%m-%d'), '''), ', @days, ', PARTITION p_future VALUES LESS THAN (MAXVALUE))');

-- PAGE_COMPRESSED: points of one series differ little from page to page and compress well (bench/readings).
SET @ddl = CONCAT('CREATE TABLE series_point (
  series_id   INT UNSIGNED NOT NULL,
  ts          DATETIME(3)  NOT NULL,
  value       DOUBLE,
  text_value  VARCHAR(200),
  PRIMARY KEY (series_id, ts)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 PAGE_COMPRESSED=1', @partitions);
PREPARE create_points FROM @ddl;
EXECUTE create_points;
DEALLOCATE PREPARE create_points;

-- n counts points, n_value those with a number (a state without number is counted, not averaged).
SET @rollup = '(
  series_id   INT UNSIGNED NOT NULL,
  bucket      DATETIME     NOT NULL,
  n           INT UNSIGNED NOT NULL,
  n_value     INT UNSIGNED NOT NULL,
  min_value   DOUBLE,
  max_value   DOUBLE,
  sum_value   DOUBLE,
  last_ts     DATETIME(3)  NOT NULL,
  last_value  DOUBLE,
  last_text   VARCHAR(200),
  PRIMARY KEY (series_id, bucket)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 PAGE_COMPRESSED=1';
-- 5-minute buckets are kept 90 days: partitioned by day like the raw points, dropped the same way.
SET @ddl = CONCAT('CREATE TABLE rollup_5m ', @rollup, REPLACE(@partitions, '(ts)', '(bucket)'));
PREPARE create_5m FROM @ddl;
EXECUTE create_5m;
DEALLOCATE PREPARE create_5m;
-- Hourly (5 years) and daily (forever) rows are few: 8,760 and 365 a series a year.
SET @ddl = CONCAT('CREATE TABLE rollup_1h ', @rollup);
PREPARE create_1h FROM @ddl;
EXECUTE create_1h;
DEALLOCATE PREPARE create_1h;
ALTER TABLE rollup_1h ADD KEY ix_rollup_1h_bucket (bucket);
SET @ddl = CONCAT('CREATE TABLE rollup_1d ', @rollup);
PREPARE create_1d FROM @ddl;
EXECUTE create_1d;
DEALLOCATE PREPARE create_1d;

-- The 5-minute buckets written since RollupDuty last ran. gen grows with every write to the bucket,
-- so the duty removes a mark only when no point arrived while it was recomputing the bucket.
CREATE TABLE rollup_pending (
  series_id   INT UNSIGNED NOT NULL,
  bucket      DATETIME     NOT NULL,
  gen         INT UNSIGNED NOT NULL DEFAULT 1,
  PRIMARY KEY (series_id, bucket)
) ENGINE=InnoDB;

INSERT INTO series_point (series_id, ts, value, text_value)
SELECT s.id, r.ts, r.value, r.text_value
FROM reading r JOIN series s ON s.device_id = r.device_id AND s.metric = r.metric AND s.instance = r.instance;

INSERT INTO rollup_pending (series_id, bucket)
SELECT DISTINCT series_id, CAST(DATE_FORMAT(ts, '%Y-%m-%d %H:00:00') AS DATETIME) + INTERVAL (MINUTE(ts) DIV 5 * 5) MINUTE
FROM series_point;

DROP TABLE reading;

-- The old table's shape, read-only, for scripts and queries written against it.
CREATE VIEW reading AS
SELECT p.ts, s.device_id, s.metric, s.instance, p.value, p.text_value, s.unit
FROM series_point p JOIN series s ON s.id = p.series_id;
