-- Issue 31 §5: a supervisor creates a work order by hand (corrective or planned) for a monitored
-- device or a rack, with a title; such an order has no plan. Plans' orders name the device of their
-- equipment too, so its readings before and after are taken (Art. 14.4). A device removed from
-- monitoring leaves its orders on their equipment (asset_id); a rack with orders cannot be removed.
ALTER TABLE work_order
  MODIFY plan_id BIGINT NULL,
  ADD COLUMN title      VARCHAR(200) NULL,
  ADD COLUMN kind       VARCHAR(16)  NOT NULL DEFAULT 'planned',
  ADD COLUMN device_id  VARCHAR(64)  NULL,
  ADD COLUMN rack_id    BIGINT       NULL,
  ADD COLUMN created_by VARCHAR(100) NULL,
  ADD CONSTRAINT fk_wo_device FOREIGN KEY (device_id) REFERENCES monitored_device (id) ON DELETE SET NULL,
  ADD CONSTRAINT fk_wo_rack FOREIGN KEY (rack_id) REFERENCES rack (id) ON DELETE RESTRICT,
  ADD KEY ix_wo_device (device_id),
  ADD KEY ix_wo_asset (asset_id, due_date);
