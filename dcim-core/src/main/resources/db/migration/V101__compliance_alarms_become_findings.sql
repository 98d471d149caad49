-- Issue 31: compliance findings are not alarms. They have their own list (/api/compliance/findings) and
-- notification to the supervisor and the head of the center; the alarms compliance raised before
-- (source 'compliance': requirements non-compliant or overdue, yearly tasks overdue) leave the console
-- closed, and stay in the alarm history.
UPDATE alarm
   SET cleared_at = COALESCE(cleared_at, UTC_TIMESTAMP(3)),
       closed_at  = COALESCE(closed_at, UTC_TIMESTAMP(3)),
       open_key   = NULL
 WHERE source = 'compliance' AND closed_at IS NULL;
