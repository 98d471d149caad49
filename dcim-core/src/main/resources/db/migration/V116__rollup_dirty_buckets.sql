-- Issue 36: set-based roll-ups. A series polled every minute marked its own row in rollup_pending
-- (one row write per series and 5 minutes, and a cache entry per series in every writer), and the
-- duty recomputed each marked bucket apart. Now the writers mark the open 5-minute bucket as a whole:
-- one row per bucket and writer part (shard), its gen raised by every transaction that wrote points
-- into it. RollupDuty recomputes a bucket whose gen moved past done_gen for all series at once
-- (INSERT ... SELECT ... GROUP BY ... ON DUPLICATE KEY UPDATE), and removes the row once the bucket
-- is closed and nothing arrived since. rollup_pending stays for late points (a bucket already closed):
-- those are marked per series, so that one late point does not recompute a bucket of every series.
CREATE TABLE rollup_dirty (
  bucket      DATETIME          NOT NULL,
  shard       TINYINT UNSIGNED  NOT NULL,
  gen         BIGINT UNSIGNED   NOT NULL DEFAULT 1,
  done_gen    BIGINT UNSIGNED   NOT NULL DEFAULT 0,
  PRIMARY KEY (bucket, shard)
) ENGINE=InnoDB;
