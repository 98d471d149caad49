-- Issue 20: an alarm a duty raises (overdue work order, backup missed, ISP link down…) is told in the
-- reader's language: its message key and arguments (a JSON array of strings). `message` keeps the
-- English text; rule alarms and alarms raised before this have no key.
ALTER TABLE alarm
  ADD COLUMN message_key  VARCHAR(120)  NULL,
  ADD COLUMN message_args VARCHAR(4000) NULL;
