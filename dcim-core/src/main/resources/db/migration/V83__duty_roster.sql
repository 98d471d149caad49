-- Art. 36.3: the ICT Center plans and assigns on-duty operators 24/24 hours. One row per shift.
CREATE TABLE duty_shift (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  starts_at   DATETIME(3)  NOT NULL,
  ends_at     DATETIME(3)  NOT NULL,
  operator    VARCHAR(100) NOT NULL,
  note        VARCHAR(500),
  created_by  VARCHAR(100) NOT NULL,
  created_at  DATETIME(3)  NOT NULL,
  KEY ix_duty_shift_time (starts_at, ends_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
