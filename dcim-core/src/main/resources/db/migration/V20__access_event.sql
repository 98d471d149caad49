-- The access-control log (Art. 6.6: who passed which door, when, granted or denied). Append-only:
-- the application only inserts. A controller's message id is unique per controller, so a message
-- redelivered by the broker (QoS 1) is ignored instead of logged twice.
CREATE TABLE access_event (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  device_id    VARCHAR(64)  NOT NULL,
  message_id   VARCHAR(100) NOT NULL,
  site_id      VARCHAR(64)  NOT NULL,
  result       VARCHAR(10)  NOT NULL,
  badge        VARCHAR(100),
  person       VARCHAR(200),
  direction    VARCHAR(10),
  device_ts    TIMESTAMP(3) NOT NULL,
  received_ts  TIMESTAMP(3) NOT NULL,
  UNIQUE KEY ux_access_event_message (device_id, message_id),
  KEY ix_access_event_ts (device_ts),
  KEY ix_access_event_person (person, device_ts)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
