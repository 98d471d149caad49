-- A rack's capacity day may be reconstructed from the registry's audit trail (the days before the daily snapshot
-- began): its space is known from the assets' placements then, its allocated power is not (power connections
-- keep no such history), so allocated_w may be empty and the row says it was reconstructed.
ALTER TABLE rack_capacity_day
  MODIFY allocated_w INT NULL,
  ADD COLUMN reconstructed BOOLEAN NOT NULL DEFAULT FALSE;
