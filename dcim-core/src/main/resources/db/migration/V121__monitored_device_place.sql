-- Issue 33 §4: a vendor device bound from the discovery inbox stands in a room, or in a rack of it,
-- without being registered equipment (an asset) first. A device with an asset stands where its asset
-- stands; this place is only for a device without one. The room is kept also for a rack (its room), so
-- "which room" is one column. A room or rack holding devices is not deleted (RESTRICT, as assets).
CREATE TABLE monitored_device_place (
  device_id VARCHAR(64) NOT NULL PRIMARY KEY,
  room_id   BIGINT      NOT NULL,
  rack_id   BIGINT      NULL,
  CONSTRAINT fk_device_place_device FOREIGN KEY (device_id) REFERENCES monitored_device (id) ON DELETE CASCADE,
  CONSTRAINT fk_device_place_room FOREIGN KEY (room_id) REFERENCES room (id),
  CONSTRAINT fk_device_place_rack FOREIGN KEY (rack_id) REFERENCES rack (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
