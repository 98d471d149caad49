-- A UPS's battery string as the registry keeps it: when it was put in and the life its vendor gives it
-- (VRLA: 5 years design life, 10 for long-life blocks), and the replacement work order opened for it,
-- so that the order is opened once per battery. A UPS without a row is read with the asset's purchase
-- date and the default life (dcim.battery.default-life-months).
CREATE TABLE ups_battery (
  asset_id            BIGINT       NOT NULL PRIMARY KEY,
  installed_on        DATE         NULL,
  vendor_life_months  INT          NOT NULL,
  replacement_order_id BIGINT      NULL,
  updated_by          VARCHAR(100) NULL,
  CONSTRAINT fk_ups_battery_asset FOREIGN KEY (asset_id) REFERENCES asset (id) ON DELETE RESTRICT,
  CONSTRAINT fk_ups_battery_order FOREIGN KEY (replacement_order_id) REFERENCES work_order (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Plans due by run hours as well as by calendar, whichever comes first (engine oil of a generator,
-- filters of a cooling unit wear with the hours they run, not with the months).
ALTER TABLE maintenance_plan ADD COLUMN every_run_hours INT NULL;
UPDATE maintenance_plan SET every_run_hours = 2000 WHERE code = 'cooling-filter';
