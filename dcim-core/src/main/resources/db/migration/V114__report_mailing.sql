-- Issue 35 part 6: reports e-mailed on a schedule. Each mailing names a report (equipment report of the last
-- quarter or the last year), its recipients (e-mail addresses, comma-separated) and a Quartz cron read in the
-- center's zone; the report-mailings duty sends those whose next_run_at has come. Times are UTC.
CREATE TABLE report_mailing (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  report        VARCHAR(40)  NOT NULL,
  format        VARCHAR(10)  NOT NULL,
  lang          VARCHAR(5)   NOT NULL,
  recipients    VARCHAR(1000) NOT NULL,
  cron          VARCHAR(120) NOT NULL,
  enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
  next_run_at   DATETIME(3)  NULL,
  last_run_at   DATETIME(3)  NULL,
  last_outcome  VARCHAR(1000),
  created_by    VARCHAR(100) NOT NULL,
  created_at    DATETIME(3)  NOT NULL,
  KEY ix_report_mailing_due (enabled, next_run_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
