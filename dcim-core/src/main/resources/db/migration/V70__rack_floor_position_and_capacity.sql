-- Issue 19: racks on the floor plan and their capacity. A rack stands in a row of its room at a
-- position along that row (openDCIM's floor grid; both optional, a rack without them is listed but
-- not placed), and has a power budget in kW that its PDUs' measured power is held against. A room
-- has the cooling capacity of its precision cooling in kW, held against the heat of its IT load.
ALTER TABLE rack
  ADD COLUMN grid_row        INT           NULL,
  ADD COLUMN grid_position   INT           NULL,
  ADD COLUMN power_budget_kw DECIMAL(8, 2) NULL,
  ADD CONSTRAINT uq_rack_grid UNIQUE (room_id, grid_row, grid_position);

ALTER TABLE room
  ADD COLUMN cooling_capacity_kw DECIMAL(8, 2) NULL;
