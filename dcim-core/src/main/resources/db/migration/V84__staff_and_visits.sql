-- Art. 32.4: staff with their access badge and leaving date, so that a badge still used after its
-- holder left shows. Art. 5.2: the visitor register (who, for what, approved by whom, the declaration
-- of no personal devices), matched against the access log.
CREATE TABLE staff_member (
  id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name       VARCHAR(200) NOT NULL,
  badge      VARCHAR(100),
  joined_at  DATETIME(3)  NOT NULL,
  left_at    DATETIME(3),
  KEY ix_staff_badge (badge)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE visit (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  visitor           VARCHAR(200) NOT NULL,
  organisation      VARCHAR(200) NOT NULL,
  purpose           VARCHAR(500) NOT NULL,
  badge             VARCHAR(100),
  starts_at         DATETIME(3)  NOT NULL,
  ends_at           DATETIME(3)  NOT NULL,
  approved_by       VARCHAR(100) NOT NULL,
  no_devices        BOOLEAN      NOT NULL,
  device_exception  VARCHAR(500),
  created_by        VARCHAR(100) NOT NULL,
  created_at        DATETIME(3)  NOT NULL,
  KEY ix_visit_badge (badge, starts_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
