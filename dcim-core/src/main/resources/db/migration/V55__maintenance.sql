-- Art. 14: maintenance plans (whole system yearly, per device as the vendor recommends) and the
-- work orders they produce, with the equipment's readings before and after (Art. 14.4).
CREATE TABLE maintenance_plan (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code           VARCHAR(64)  NOT NULL,
  name           VARCHAR(200) NOT NULL,
  asset_kind     VARCHAR(30),
  asset_id       BIGINT,
  every_months   INT          NOT NULL,
  lead_days      INT          NOT NULL DEFAULT 14,
  checklist      TEXT         NOT NULL,
  article        VARCHAR(50)  NOT NULL,
  CONSTRAINT uq_plan_code UNIQUE (code),
  CONSTRAINT fk_plan_asset FOREIGN KEY (asset_id) REFERENCES asset (id) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE work_order (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  plan_id         BIGINT       NOT NULL,
  asset_id        BIGINT,
  due_date        DATE         NOT NULL,
  status          VARCHAR(20)  NOT NULL,
  crew            VARCHAR(200),
  started_at      TIMESTAMP(3) NULL,
  finished_at     TIMESTAMP(3) NULL,
  verified_at     TIMESTAMP(3) NULL,
  checklist       TEXT,
  notes           TEXT,
  readings_before TEXT,
  readings_after  TEXT,
  CONSTRAINT fk_wo_plan FOREIGN KEY (plan_id) REFERENCES maintenance_plan (id) ON DELETE RESTRICT,
  CONSTRAINT fk_wo_asset FOREIGN KEY (asset_id) REFERENCES asset (id) ON DELETE RESTRICT,
  CONSTRAINT uq_wo UNIQUE (plan_id, asset_id, due_date),
  KEY ix_wo_status_due (status, due_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
