-- Art. 14.4: the equipment's operating status before and after maintenance, as rows a crew confirmed
-- (one metric a row, with its unit and the time it was read), replacing the JSON snapshots that held
-- whatever the latest values were. Who started, finished and signed off an order is kept so that a
-- sign-off by the person who did the work can be refused (four-eyes).
CREATE TABLE work_order_reading (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  work_order_id  BIGINT       NOT NULL,
  phase          VARCHAR(8)   NOT NULL,
  device_id      VARCHAR(64)  NOT NULL,
  metric         VARCHAR(100) NOT NULL,
  instance       VARCHAR(100) NOT NULL DEFAULT '0',
  value          DOUBLE       NULL,
  text_value     VARCHAR(200) NULL,
  unit           VARCHAR(32)  NULL,
  read_at        DATETIME(3)  NOT NULL,
  source         VARCHAR(8)   NOT NULL,
  confirmed_by   VARCHAR(100) NOT NULL,
  CONSTRAINT fk_wor_order FOREIGN KEY (work_order_id) REFERENCES work_order (id) ON DELETE CASCADE,
  CONSTRAINT uq_wor UNIQUE (work_order_id, phase, device_id, metric, instance)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE work_order
  ADD COLUMN started_by  VARCHAR(100) NULL,
  ADD COLUMN finished_by VARCHAR(100) NULL,
  ADD COLUMN verified_by VARCHAR(100) NULL;
