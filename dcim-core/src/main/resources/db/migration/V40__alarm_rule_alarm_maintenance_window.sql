-- Alarm rules are data: seeded from rules/default-rules.yml on first start, editable afterwards.
CREATE TABLE alarm_rule (
  id            VARCHAR(64)  NOT NULL PRIMARY KEY,
  metric        VARCHAR(100) NOT NULL,
  kind          VARCHAR(20)  NOT NULL,
  trigger_value DOUBLE,
  rearm_value   DOUBLE,
  states        VARCHAR(200),
  duration_s    INT          NOT NULL DEFAULT 0,
  severity      VARCHAR(10)  NOT NULL,
  article       VARCHAR(100) NOT NULL,
  description   VARCHAR(500) NOT NULL,
  enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
  KEY ix_alarm_rule_metric (metric)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One row per occurrence; open_key is set while not cleared so an open alarm is unique per reduction key.
CREATE TABLE alarm (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  source           VARCHAR(64)  NOT NULL,
  rule_id          VARCHAR(64)  NOT NULL,
  instance         VARCHAR(100) NOT NULL DEFAULT '0',
  open_key         VARCHAR(240),
  severity         VARCHAR(10)  NOT NULL,
  article          VARCHAR(100) NOT NULL,
  message          VARCHAR(500) NOT NULL,
  suppressed       BOOLEAN      NOT NULL DEFAULT FALSE,
  occurrences      INT          NOT NULL DEFAULT 1,
  raised_at        TIMESTAMP(3) NOT NULL,
  last_seen_at     TIMESTAMP(3) NOT NULL,
  acknowledged_at  TIMESTAMP(3) NULL,
  acknowledged_by  VARCHAR(100),
  ack_note         VARCHAR(500),
  cleared_at       TIMESTAMP(3) NULL,
  UNIQUE KEY ux_alarm_open_key (open_key),
  KEY ix_alarm_raised (raised_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Planned maintenance of a device or asset: alarms are still recorded but flagged suppressed.
CREATE TABLE maintenance_window (
  id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  target_id  VARCHAR(64)  NOT NULL,
  starts_at  TIMESTAMP(3) NOT NULL,
  ends_at    TIMESTAMP(3) NOT NULL,
  reason     VARCHAR(500),
  KEY ix_maintenance_target (target_id, starts_at, ends_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
