-- The history is written far more than it is read, and read by series and time (charts, reports,
-- work-order snapshots). Clustering it on the series point itself makes the uniqueness that keeps
-- replays harmless (V22) the primary key: every reading is one B-tree insert fewer than with a
-- surrogate id plus a unique index, and a series' points lie together on disk for reading back.
-- The time index stays for the retention duty (Art. 30.7a).
ALTER TABLE reading DROP COLUMN id, DROP INDEX ux_reading_point,
  ADD PRIMARY KEY (device_id, metric, instance, ts);
