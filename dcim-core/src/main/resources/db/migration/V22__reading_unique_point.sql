-- A reading is one point per device/metric/instance/time. Making that unique lets a collector replay
-- a batch after a failure (an MQTT QoS 1 redelivery after a broker restart) without duplicating
-- history; the store inserts with IGNORE. The old non-unique index covered the same columns.
ALTER TABLE reading DROP INDEX ix_reading_device_metric_ts,
  ADD UNIQUE KEY ux_reading_point (device_id, metric, instance, ts);
