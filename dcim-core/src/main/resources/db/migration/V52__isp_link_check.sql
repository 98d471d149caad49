-- Art. 8.1đ: each ISP link probed every minute; kept for the monthly availability report.
CREATE TABLE isp_link_check (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  link_id     BIGINT       NOT NULL,
  ts          TIMESTAMP(3) NOT NULL,
  up          BOOLEAN      NOT NULL,
  loss_pct    DOUBLE       NOT NULL,
  latency_ms  DOUBLE,
  message     VARCHAR(500),
  CONSTRAINT fk_check_link FOREIGN KEY (link_id) REFERENCES isp_link (id) ON DELETE CASCADE,
  KEY ix_check_link_ts (link_id, ts)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
