-- Issue 31: the alarm lifecycle of ANSI/ISA-18.2 (IEC 62682). An alarm is active-unacknowledged,
-- active-acknowledged, returned to normal but not acknowledged, or closed. closed_at is set once it is
-- both cleared and acknowledged (or cleared, when its rule is non-latching): until then it stays on the
-- console. latching (the rule's, copied onto each alarm when raised) says whether a cleared alarm waits
-- for a person; a self-clearing blip may be declared non-latching.
ALTER TABLE alarm
  ADD COLUMN closed_at DATETIME(3) NULL,
  ADD COLUMN latching  BOOLEAN     NOT NULL DEFAULT TRUE,
  ADD KEY ix_alarm_closed (closed_at);

ALTER TABLE alarm_rule
  ADD COLUMN latching BOOLEAN NOT NULL DEFAULT TRUE;

-- Alarms cleared before this release were taken off the console when they cleared: they stay closed,
-- so that an upgrade does not bring back years of history as "returned to normal".
UPDATE alarm SET closed_at = cleared_at WHERE cleared_at IS NOT NULL;

-- The shipped rules that rules/default-rules.yml declares non-latching (a new column: no operator chose otherwise).
UPDATE alarm_rule SET latching = FALSE WHERE id IN ('door-held-open', 'generator-running');
