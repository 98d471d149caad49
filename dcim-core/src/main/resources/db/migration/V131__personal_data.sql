-- Personal data (Law 91/2025/QH15 on personal data protection): the face pictures door terminals push with an
-- access event, kept encrypted (AES-256-GCM, the key outside the database) and shorter than the access log;
-- legal holds that stop an erasure (an incident under investigation); every data-subject request with its answer.
CREATE TABLE face_picture (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  device_id    VARCHAR(64)  NOT NULL,
  message_id   VARCHAR(100),
  person       VARCHAR(200),
  badge        VARCHAR(100),
  taken_at     TIMESTAMP(3) NOT NULL,
  stored_at    TIMESTAMP(3) NOT NULL,
  content_type VARCHAR(50)  NOT NULL,
  bytes        INT          NOT NULL,
  sealed       MEDIUMBLOB   NOT NULL,
  UNIQUE KEY ux_face_picture_event (device_id, message_id),
  KEY ix_face_picture_person (person),
  KEY ix_face_picture_badge (badge),
  KEY ix_face_picture_taken (taken_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE legal_hold (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  person      VARCHAR(200),
  badge       VARCHAR(100),
  reason      VARCHAR(500) NOT NULL,
  placed_by   VARCHAR(100) NOT NULL,
  placed_at   TIMESTAMP(3) NOT NULL,
  released_by VARCHAR(100),
  released_at TIMESTAMP(3) NULL,
  KEY ix_legal_hold_person (person),
  KEY ix_legal_hold_badge (badge)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE subject_request (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind        VARCHAR(10)  NOT NULL,
  person      VARCHAR(200),
  badge       VARCHAR(100),
  asked_by    VARCHAR(200) NOT NULL,
  reason      VARCHAR(500),
  handled_by  VARCHAR(100) NOT NULL,
  handled_at  TIMESTAMP(3) NOT NULL,
  outcome     VARCHAR(20)  NOT NULL,
  detail      TEXT         NOT NULL,
  KEY ix_subject_request_at (handled_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
