package vn.dcim.core.suppression;

import vn.dcim.core.alarm.AlarmSettings;
import vn.dcim.core.alarm.AlarmView;
import vn.dcim.core.alarm.Alarms;
import vn.dcim.core.alarm.MaintenanceWindows;
import vn.dcim.core.alarm.SymptomRoots;
import vn.dcim.core.schedule.DutyOutcome;
import vn.dcim.core.schedule.DutyPlan;
import vn.dcim.core.schedule.RegulationDuty;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An alarm held back (inside a maintenance window, or as a symptom) whose condition is still active
 * once what held it is over is notified then: its window ended and no other covers it, or its root cleared
 * more than the grace ago (stale devices come back a poll after the power) and no other root explains it.
 * An alarm waiting for a cause often told after it (a video loss, a UPS on battery: suppression/symptoms.yml) and not
 * taken under one within dcim.alarm.cause-wait-s is notified then, standing alone.
 * Symptoms that returned to normal close with their root.
 */
// every 15 s: an alarm waiting for its cause is notified at most this late after its wait
@DutyPlan(id = "held-alarm-release", cron = "5/15 * * * * ?",
        description = "Art. 14.4, 30.8g: notify the alarms still active when their maintenance window or their root alarm ended, "
                + "or their cause did not come")
class HeldAlarmRelease extends RegulationDuty {
    private final Alarms alarms;
    private final MaintenanceWindows windows;
    private final SymptomRoots roots;
    private final Duration grace;
    private final Duration causeWait;

    HeldAlarmRelease(Alarms alarms, MaintenanceWindows windows, SymptomRoots roots,
                     AlarmSettings settings) {
        this.alarms = alarms;
        this.windows = windows;
        this.roots = roots;
        this.grace = settings.symptomGrace();
        this.causeWait = settings.causeWait();
    }

    @Override
    public DutyOutcome run(Instant now) {
        List<String> released = new ArrayList<>();
        for (AlarmView a : alarms.held()) {
            if (stillHeld(a, now)) {
                continue;
            }
            if (alarms.release(a.id())) {
                released.add("#" + a.id() + " " + a.source() + " " + a.ruleId());
            }
        }
        int closed = alarms.closeSymptomsOfClosedRoots();
        return DutyOutcome.ok(released.isEmpty() && closed == 0 ? "No held alarm outlived its window or root"
                : "Notified " + released.size() + " held alarm(s) " + String.join(", ", released) + "; closed " + closed + " symptom(s) with their root");
    }

    private boolean stillHeld(AlarmView a, Instant now) {
        if (a.rootAlarmId() == null && a.windowId() == null && roots.awaitsItsCause(a.source(), a.ruleId())
                && a.raisedAt().plus(causeWait).isAfter(now)) {
            return true;
        }
        if (a.rootAlarmId() != null) {
            AlarmView root = alarms.find(a.rootAlarmId()).orElse(null);
            if (root != null && (root.clearedAt() == null || root.clearedAt().plus(grace).isAfter(now))) {
                return true;
            }
            if (roots.rootOf(a.source(), a.ruleId(), a.instance(), now).isPresent()) {
                return true;
            }
        }
        return windows.covering(a.source(), now).isPresent();
    }
}
