-- What the live readings said of a "connect" step of a change (QĐ 11/2023 Điều 23 khoản 3: done as approved):
-- the outlet's draw before the crew confirmed the step and after, and the verdict, kept as the step's evidence.
CREATE TABLE change_step_draw (
  step_id BIGINT NOT NULL PRIMARY KEY,
  outlet_port_id BIGINT NOT NULL,
  verdict VARCHAR(16) NOT NULL,
  before_w DOUBLE NULL,
  before_at DATETIME(3) NULL,
  after_w DOUBLE NULL,
  after_at DATETIME(3) NULL,
  checked_at DATETIME(3) NOT NULL,
  CONSTRAINT fk_change_step_draw_step FOREIGN KEY (step_id) REFERENCES change_step (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
