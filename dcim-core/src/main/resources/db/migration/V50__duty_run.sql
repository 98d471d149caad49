-- Every run of a scheduled duty (backups, link checks, retention...), and every misfire.
CREATE TABLE duty_run (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  duty_id       VARCHAR(100) NOT NULL,
  scheduled_at  TIMESTAMP(3) NULL,
  started_at    TIMESTAMP(3) NULL,
  finished_at   TIMESTAMP(3) NULL,
  status        VARCHAR(20)  NOT NULL,
  message       VARCHAR(2000),
  instance_id   VARCHAR(200),
  manual        BOOLEAN      NOT NULL DEFAULT FALSE,
  KEY ix_duty_run (duty_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
