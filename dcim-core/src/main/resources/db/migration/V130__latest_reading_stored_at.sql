-- When a latest value was last stored, by the database's clock in UTC: an instance that holds the latest
-- values in memory reads only the rows stored since its last read (LatestValueCache), through the index.
-- A row written without it (a restore of an older dump, a hand-made fixture) gets the time of its insert.
ALTER TABLE latest_reading
  ADD COLUMN stored_at DATETIME(6) NOT NULL DEFAULT (UTC_TIMESTAMP(6)),
  ADD KEY ix_latest_reading_stored (stored_at);
