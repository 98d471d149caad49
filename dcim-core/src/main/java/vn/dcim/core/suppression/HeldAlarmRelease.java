package vn.dcim.core.suppression;

import jakarta.inject.Singleton;
import vn.dcim.core.alarm.AlarmSettings;
import vn.dcim.core.alarm.AlarmView;
import vn.dcim.core.alarm.Alarms;
import vn.dcim.core.alarm.MaintenanceWindows;
import vn.dcim.core.alarm.SymptomRoots;
import vn.dcim.core.schedule.DutyOutcome;
import vn.dcim.core.schedule.RegulationDuty;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 35: an alarm held back (inside a maintenance window, or as a symptom) whose condition is still active
 * once what held it is over is notified then: its window ended and no other covers it, or its root cleared
 * more than the grace ago (stale devices come back a poll after the power) and no other root explains it.
 * Symptoms that returned to normal close with their root.
 */
@Singleton
class HeldAlarmRelease extends RegulationDuty {
    private final Alarms alarms;
    private final MaintenanceWindows windows;
    private final SymptomRoots roots;
    private final Duration grace;

    HeldAlarmRelease(Alarms alarms, MaintenanceWindows windows, SymptomRoots roots,
                     AlarmSettings settings) {
        super("held-alarm-release",
                "Art. 14.4, 30.8g: notify the alarms still active when their maintenance window or their root alarm ended",
                "40 * * * * ?");
        this.alarms = alarms;
        this.windows = windows;
        this.roots = roots;
        this.grace = settings.symptomGrace();
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
