-- Issue 37 §3: "move it here" on a misplaced scan is kept on the scan for the stock-take record: the
-- room the asset was registered in before, who moved it and when (the room it moved to is the scan's).
-- A room deleted later leaves the move without its former room rather than blocking the deletion.
ALTER TABLE stocktake_scan
  ADD COLUMN moved_from_room_id BIGINT NULL AFTER outcome,
  ADD COLUMN moved_by VARCHAR(100) NULL AFTER moved_from_room_id,
  ADD COLUMN moved_at DATETIME(3) NULL AFTER moved_by,
  ADD CONSTRAINT fk_stocktake_scan_moved_from FOREIGN KEY (moved_from_room_id) REFERENCES room (id) ON DELETE SET NULL;
