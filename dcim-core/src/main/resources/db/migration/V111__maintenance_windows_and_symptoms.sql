-- Issue 35: maintenance windows of their own (not only from work orders), one-off or recurring (an RFC 5545
-- RRULE repeating the first occurrence starts_at..ends_at in the center's zone), on a device, rack, room,
-- site or power-chain element; made by a supervisor with a reason, ended early or cancelled (ended_at).
-- Rows of before keep target_kind 'device' (a device id or its asset id, as they were matched).
ALTER TABLE maintenance_window
  ADD COLUMN target_kind VARCHAR(16)  NOT NULL DEFAULT 'device',
  ADD COLUMN rrule       VARCHAR(500) NULL,
  ADD COLUMN time_zone   VARCHAR(64)  NULL,
  ADD COLUMN created_by  VARCHAR(100) NULL,
  ADD COLUMN created_at  DATETIME(3)  NULL,
  ADD COLUMN ended_at    DATETIME(3)  NULL,
  ADD KEY ix_maintenance_kind_target (target_kind, target_id);

-- An alarm held back from notification names why: the window it fell into, or the alarm of the parent
-- (power chain, "reached through") whose symptom it is. released_at: when it was notified after all (the
-- window ended, or it outlived its root, with the condition still active).
ALTER TABLE alarm
  ADD COLUMN window_id     BIGINT      NULL,
  ADD COLUMN root_alarm_id BIGINT      NULL,
  ADD COLUMN released_at   DATETIME(3) NULL,
  ADD KEY ix_alarm_root (root_alarm_id),
  ADD KEY ix_alarm_held (suppressed, cleared_at);

-- The "reached through" link of the dependency graph: a device polled through a switch, a remote
-- collector or a gateway is unreachable when that one is.
CREATE TABLE device_reached_through (
  device_id     VARCHAR(64) NOT NULL,
  via_device_id VARCHAR(64) NOT NULL,
  PRIMARY KEY (device_id, via_device_id),
  CONSTRAINT fk_reached_device FOREIGN KEY (device_id) REFERENCES monitored_device (id) ON DELETE CASCADE,
  CONSTRAINT fk_reached_via FOREIGN KEY (via_device_id) REFERENCES monitored_device (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
