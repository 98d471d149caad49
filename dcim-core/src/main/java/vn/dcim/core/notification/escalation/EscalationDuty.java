package vn.dcim.core.notification.escalation;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.schedule.DutyOutcome;
import vn.dcim.core.schedule.DutyPlan;
import vn.dcim.core.schedule.RegulationDuty;

import java.time.Instant;

/**
 * Art. 36.3 / 30.8c: every 30 seconds, unacknowledged alarms whose time at their level is up are told
 * to the next level. A Quartz duty (clustered job store: one instance fires each trigger), and each level is
 * claimed by a unique row, so neither a second instance nor a misfire tells anyone twice.
 */
@DutyPlan(id = "alarm-escalation", cron = "0/30 * * * * ?",
        description = "Art. 36.3, 30.8c: an alarm nobody acknowledged goes to the shift leader, then to the head of the center")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EscalationDuty extends RegulationDuty {
    private final Escalation escalation;

    @Override
    public DutyOutcome run(Instant now) {
        int n = escalation.escalate();
        return DutyOutcome.ok(n + " alarm(s) escalated");
    }
}
