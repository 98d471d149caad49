-- A flapping condition re-opens its recent alarm instead of raising a new one (flap suppression).
ALTER TABLE alarm
  ADD COLUMN flaps    INT          NOT NULL DEFAULT 0,
  ADD COLUMN site_id  VARCHAR(64)  NULL,
  ADD KEY ix_alarm_key_cleared (source, rule_id, instance, cleared_at);

-- Incident tickets (Art. 13.3, 30.8g): classified on the operational scale of Art. 13.2 and the
-- security scale of Art. 34.1, with correlated alarms, a journal and the pre-fix backup check.
CREATE TABLE incident (
  id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  site_id            VARCHAR(64),
  title              VARCHAR(300) NOT NULL,
  chain_id           VARCHAR(64),
  level              VARCHAR(30)  NOT NULL,
  security_level     VARCHAR(10),
  status             VARCHAR(20)  NOT NULL,
  assignee           VARCHAR(100),
  root_cause         VARCHAR(2000),
  resolution         VARCHAR(2000),
  backup_done        BOOLEAN      NOT NULL DEFAULT FALSE,
  backup_done_by     VARCHAR(100),
  backup_done_at     TIMESTAMP(3) NULL,
  opened_at          TIMESTAMP(3) NOT NULL,
  last_alarm_at      TIMESTAMP(3) NOT NULL,
  escalated_level    VARCHAR(30),
  closed_at          TIMESTAMP(3) NULL,
  closed_by          VARCHAR(100),
  KEY ix_incident_open (status, site_id, last_alarm_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE incident_alarm (
  incident_id  BIGINT NOT NULL,
  alarm_id     BIGINT NOT NULL,
  PRIMARY KEY (incident_id, alarm_id),
  UNIQUE KEY ux_incident_alarm_alarm (alarm_id),
  CONSTRAINT fk_incident_alarm_incident FOREIGN KEY (incident_id) REFERENCES incident (id) ON DELETE CASCADE,
  CONSTRAINT fk_incident_alarm_alarm FOREIGN KEY (alarm_id) REFERENCES alarm (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Art. 13.3c: how the incident developed and what was done; append-only.
CREATE TABLE incident_journal (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  incident_id  BIGINT        NOT NULL,
  at           TIMESTAMP(3)  NOT NULL,
  author       VARCHAR(100)  NOT NULL,
  kind         VARCHAR(20)   NOT NULL,
  text         VARCHAR(2000) NOT NULL,
  KEY ix_incident_journal (incident_id, at),
  CONSTRAINT fk_incident_journal_incident FOREIGN KEY (incident_id) REFERENCES incident (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Who is told what (Art. 30.8c by management level, Art. 7.4/13.2b management body, 13.2c People's Committee).
CREATE TABLE notification_recipient (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name          VARCHAR(200) NOT NULL,
  role          VARCHAR(30)  NOT NULL,
  channel       VARCHAR(10)  NOT NULL,
  address       VARCHAR(500) NOT NULL,
  min_severity  VARCHAR(10)  NOT NULL DEFAULT 'major',
  enabled       BOOLEAN      NOT NULL DEFAULT TRUE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Outbox: every notification is retried until delivered; each attempt's outcome is kept.
CREATE TABLE notification (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  channel          VARCHAR(10)   NOT NULL,
  address          VARCHAR(500)  NOT NULL,
  role             VARCHAR(30)   NOT NULL,
  subject          VARCHAR(300)  NOT NULL,
  body             TEXT          NOT NULL,
  alarm_id         BIGINT,
  incident_id      BIGINT,
  created_at       TIMESTAMP(3)  NOT NULL,
  attempts         INT           NOT NULL DEFAULT 0,
  next_attempt_at  TIMESTAMP(3)  NOT NULL,
  delivered_at     TIMESTAMP(3)  NULL,
  last_error       VARCHAR(1000),
  KEY ix_notification_due (delivered_at, next_attempt_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
