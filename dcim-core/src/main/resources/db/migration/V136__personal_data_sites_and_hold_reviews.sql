-- A face picture belongs to the site of the door that took it: an account limited to some sites reads the pictures of
-- their doors only, cut in SQL. Pictures kept before take the site of their access event, else of the door's push
-- credential's device; one whose door is gone stays without a site, seen by unlimited accounts only.
ALTER TABLE face_picture
  ADD COLUMN site_id VARCHAR(64) NULL AFTER device_id,
  ADD KEY ix_face_picture_site (site_id, taken_at);
UPDATE face_picture f JOIN access_event e ON e.device_id = f.device_id AND e.message_id = f.message_id
  SET f.site_id = e.site_id WHERE f.site_id IS NULL;
UPDATE face_picture f JOIN monitored_device d ON d.id = f.device_id
  SET f.site_id = d.site_id WHERE f.site_id IS NULL;

-- A legal hold is reviewed by a date (a hold forgotten in force keeps a person's data past every retention): holds
-- placed before carry the default review period from when they were placed, so one older than it is due at once.
ALTER TABLE legal_hold
  ADD COLUMN review_on DATE NULL AFTER placed_at;
UPDATE legal_hold SET review_on = DATE_ADD(DATE(placed_at), INTERVAL 90 DAY) WHERE review_on IS NULL;
ALTER TABLE legal_hold
  MODIFY review_on DATE NOT NULL;
