-- Issue 35 (parts 3, 4): the people who are told of alarms, each with their own contacts, preferred
-- contact, language and quiet hours (center zone, non-critical alarms only); a person's position tells
-- the escalation who is the shift leader and who the head of the center (Art. 36.3, 30.8c).
CREATE TABLE notified_person (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name          VARCHAR(100) NOT NULL,
  position      VARCHAR(20)  NOT NULL DEFAULT 'operator',
  language      VARCHAR(2)   NOT NULL DEFAULT 'vi',
  quiet_from    TIME         NULL,
  quiet_to      TIME         NULL,
  enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
  UNIQUE KEY ux_notified_person_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A contact of a person on a channel type of notifications/channel-types.yml (email, telegram, ntfy, sms, zalo);
-- the secret (bot token, access token) is encrypted by the application and never shown.
CREATE TABLE person_contact (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  person_id     BIGINT       NOT NULL,
  channel_type  VARCHAR(20)  NOT NULL,
  address       VARCHAR(500) NOT NULL,
  secret        VARCHAR(1024) NULL,
  preferred     BOOLEAN      NOT NULL DEFAULT FALSE,
  enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
  KEY ix_person_contact_person (person_id),
  CONSTRAINT fk_person_contact_person FOREIGN KEY (person_id) REFERENCES notified_person (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The alarm's history of notices: who was told at which escalation level, the roster gaps that sent it to the
-- fallback recipients, acknowledgements from a message. One row per (alarm, level) of the escalation, so that
-- two instances running the escalation never tell the same level twice.
CREATE TABLE alarm_step (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  alarm_id      BIGINT        NOT NULL,
  at            DATETIME(3)  NOT NULL,
  kind          VARCHAR(20)   NOT NULL,
  level         INT           NULL,
  told          VARCHAR(1000) NULL,
  by_person     VARCHAR(100)  NULL,
  UNIQUE KEY ux_alarm_step_level (alarm_id, level),
  KEY ix_alarm_step_alarm (alarm_id, at),
  KEY ix_alarm_step_kind (kind, at),
  CONSTRAINT fk_alarm_step_alarm FOREIGN KEY (alarm_id) REFERENCES alarm (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A signed acknowledgement link sent in a message: single use, expiring; the signature (HMAC, Tink) is over the id.
CREATE TABLE ack_link (
  id            VARCHAR(32)   NOT NULL PRIMARY KEY,
  alarm_id      BIGINT        NOT NULL,
  person        VARCHAR(100)  NOT NULL,
  created_at    DATETIME(3)  NOT NULL,
  expires_at    DATETIME(3)  NOT NULL,
  used_at       DATETIME(3)  NULL,
  CONSTRAINT fk_ack_link_alarm FOREIGN KEY (alarm_id) REFERENCES alarm (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- An outbox row for a person's contact names it and its channel type; after N failed attempts it is dead-lettered.
ALTER TABLE notification
  ADD COLUMN contact_id    BIGINT       NULL,
  ADD COLUMN channel_type  VARCHAR(20)  NULL,
  ADD COLUMN dead_at       DATETIME(3) NULL;
