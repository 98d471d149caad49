-- Issue 23 §3: each collector batch carries what the collector's disk buffer held when it was sent
-- (entries still waiting, entries dropped by its size cap since it started); the center keeps the
-- newest of each stream, for GET /api/collectors: a collector falling behind or losing readings shows.
ALTER TABLE collector_stream
  ADD COLUMN buffered BIGINT NOT NULL DEFAULT 0,
  ADD COLUMN dropped  BIGINT NOT NULL DEFAULT 0;
