-- Yearly duties that people carry out (vulnerability assessment, malware sweep, training), as tasks
-- with due dates; one per kind and year.
CREATE TABLE compliance_task (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind        VARCHAR(50)  NOT NULL,
  period      INT          NOT NULL,
  title       VARCHAR(300) NOT NULL,
  article     VARCHAR(50)  NOT NULL,
  due_date    DATE         NOT NULL,
  done_at     TIMESTAMP(3) NULL,
  done_by     VARCHAR(100),
  note        VARCHAR(1000),
  CONSTRAINT uq_compliance_task UNIQUE (kind, period)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
