-- The door of an access event: the terminal's own number of the door or reader (a controller serves several) and the
-- door's name as the registry knew it when the event came (the log keeps what was true then). Events logged before
-- have neither and show their controller. Both columns are added last and nullable: instant on MariaDB, no copy.
ALTER TABLE access_event
  ADD COLUMN door_no VARCHAR(32) NULL,
  ADD COLUMN door_name VARCHAR(200) NULL;

-- The terminal's own account (ISAPI user and password, the password sealed by the application like every device
-- secret): what the product signs in with to fetch a picture the terminal names by its address instead of pushing it.
ALTER TABLE push_credential
  ADD COLUMN terminal_user VARCHAR(100) NULL,
  ADD COLUMN terminal_password VARCHAR(600) NULL;

-- Pictures to fetch from the terminal that pushed the event: kept until fetched, refused or given up, so a terminal
-- unreachable for a while is asked again later (after a restart too). The address the push came from is kept with
-- it: the picture is fetched from that address only. Whose picture it is stays in the access log alone (an event erased
-- meanwhile takes its pending fetch with it); a row leaves once its picture is kept, refused or given up.
CREATE TABLE terminal_picture_fetch (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  credential_id  BIGINT        NOT NULL,
  device_id      VARCHAR(64)   NOT NULL,
  message_id     VARCHAR(100)  NOT NULL,
  url            VARCHAR(2048) NOT NULL,
  source_address VARCHAR(45)   NOT NULL,
  attempts       INT           NOT NULL DEFAULT 0,
  next_try_at    DATETIME(3)   NOT NULL,
  claimed_until  DATETIME(3)   NULL,
  last_error     VARCHAR(300)  NULL,
  created_at     DATETIME(3)   NOT NULL,
  UNIQUE KEY uq_terminal_picture_fetch_event (device_id, message_id),
  KEY ix_terminal_picture_fetch_due (next_try_at),
  CONSTRAINT fk_terminal_picture_fetch_credential FOREIGN KEY (credential_id) REFERENCES push_credential (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
