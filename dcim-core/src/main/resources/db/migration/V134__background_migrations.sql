-- Data migrations that run in the background once the product is up (BackgroundMigrations): a Flyway
-- migration makes the quick schema change, and the rows of a large table are moved or backfilled afterwards
-- in small batches by primary-key range. One row per background migration keeps where it is, so that a stop
-- or a crash in the middle resumes after the last key done, and so that the next release's upgrade can
-- refuse to start while one of them is unfinished. Times are UTC.
CREATE TABLE IF NOT EXISTS background_migration (
  name            VARCHAR(100)  NOT NULL PRIMARY KEY,
  flyway_version  VARCHAR(20)   NOT NULL,
  state           VARCHAR(10)   NOT NULL DEFAULT 'pending',  -- pending, running, done, failed
  last_key        VARCHAR(255)  NULL,
  rows_done       BIGINT        NOT NULL DEFAULT 0,
  rows_total      BIGINT        NULL,                       -- estimated when it was registered
  attempts        INT           NOT NULL DEFAULT 0,         -- failures in a row; the backoff grows with them
  next_attempt_at DATETIME(3)   NULL,
  registered_at   DATETIME(3)   NOT NULL,
  started_at      DATETIME(3)   NULL,
  finished_at     DATETIME(3)   NULL,
  error           VARCHAR(2000) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
