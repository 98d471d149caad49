-- Issue 31 §7: what a duty run said, told in the reader's language on the schedules screen: its message key
-- and arguments (a JSON array of strings), as alarms (V92) and journal lines (V91) have. `message` keeps the
-- English sentence; runs before this and a system error's own words have no key.
ALTER TABLE duty_run
  ADD COLUMN message_key  VARCHAR(120)  NULL,
  ADD COLUMN message_args VARCHAR(4000) NULL;
