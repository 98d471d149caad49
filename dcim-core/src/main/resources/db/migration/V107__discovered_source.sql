-- Issue 33 §4: a discovery inbox instead of dead letters. A well-formed message of a known vendor
-- dialect from a source no device is bound to is kept here (one row per dialect and source id), with
-- what it would give; binding it to a monitored device turns its next messages into that device's
-- readings. Unbound rows are capped in count and age by the bridge (a flood of random ids is refused).
CREATE TABLE discovered_source (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dialect        VARCHAR(40)   NOT NULL,
  source_id      VARCHAR(200)  NOT NULL,
  state          VARCHAR(10)   NOT NULL DEFAULT 'unbound',
  device_id      VARCHAR(64),
  first_seen     DATETIME(3)   NOT NULL,
  last_seen      DATETIME(3)   NOT NULL,
  message_count  BIGINT        NOT NULL DEFAULT 0,
  last_topic     VARCHAR(255)  NOT NULL,
  last_payload   VARCHAR(4096) NOT NULL,
  would_give     VARCHAR(4096) NOT NULL,
  UNIQUE KEY uq_discovered_source (dialect, source_id),
  KEY ix_discovered_source_state (state, last_seen),
  CONSTRAINT fk_discovered_source_device FOREIGN KEY (device_id) REFERENCES monitored_device (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
