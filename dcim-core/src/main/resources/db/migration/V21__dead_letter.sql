-- Messages the MQTT bridge could not accept (not JSON, schema failure, unknown device, topic outside
-- the contract), kept with the reason so an operator can fix the sender. The payload is cut to 4 KiB.
CREATE TABLE dead_letter (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  received_ts  TIMESTAMP(3)  NOT NULL,
  reason       VARCHAR(30)   NOT NULL,
  detail       VARCHAR(500)  NOT NULL,
  topic        VARCHAR(500)  NOT NULL,
  payload      VARBINARY(4096) NOT NULL,
  payload_size INT           NOT NULL,
  KEY ix_dead_letter_ts (received_ts),
  KEY ix_dead_letter_reason (reason, received_ts)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
