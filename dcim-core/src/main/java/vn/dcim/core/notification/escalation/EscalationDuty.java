package vn.dcim.core.notification.escalation;

import jakarta.inject.Singleton;
import vn.dcim.core.schedule.Duty;
import vn.dcim.core.schedule.DutyOutcome;

import java.time.Instant;

/**
 * Issue 35, Art. 36.3 / 30.8c: every 30 seconds, unacknowledged alarms whose time at their level is up are told
 * to the next level. A Quartz duty (clustered job store: one instance fires each trigger), and each level is
 * claimed by a unique row, so neither a second instance nor a misfire tells anyone twice.
 */
@Singleton
class EscalationDuty implements Duty {
    private final Escalation escalation;

    EscalationDuty(Escalation escalation) {
        this.escalation = escalation;
    }

    @Override
    public String id() {
        return "alarm-escalation";
    }

    @Override
    public String description() {
        return "Art. 36.3, 30.8c: an alarm nobody acknowledged goes to the shift leader, then to the head of the center";
    }

    @Override
    public String defaultCron() {
        return "0/30 * * * * ?";
    }

    @Override
    public DutyOutcome run(Instant now) {
        int n = escalation.escalate();
        return DutyOutcome.ok(n + " alarm(s) escalated");
    }
}
