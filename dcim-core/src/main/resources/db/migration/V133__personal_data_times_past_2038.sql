-- The personal data tables' times as DATETIME(3) holding UTC, as every other table of the product (V61): a TIMESTAMP
-- ends in January 2038, within the retention of a legal hold or a data subject's request record.
ALTER TABLE face_picture
  MODIFY taken_at  DATETIME(3) NOT NULL,
  MODIFY stored_at DATETIME(3) NOT NULL;
ALTER TABLE legal_hold
  MODIFY placed_at   DATETIME(3) NOT NULL,
  MODIFY released_at DATETIME(3) NULL;
ALTER TABLE subject_request
  MODIFY handled_at DATETIME(3) NOT NULL;
