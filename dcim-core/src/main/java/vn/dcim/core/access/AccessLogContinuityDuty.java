package vn.dcim.core.access;

import io.micronaut.context.annotation.Value;
import vn.dcim.core.alarm.AlarmUpdates;
import vn.dcim.core.alarm.Severity;
import vn.dcim.core.asset.AssetKind;
import vn.dcim.core.device.EnabledDevices;
import vn.dcim.core.schedule.DutyOutcome;
import vn.dcim.core.schedule.RegulationDuty;
import vn.dcim.core.schedule.DutyPlan;
import vn.dcim.core.telemetry.LastHeard;
import vn.dcim.core.text.Phrase;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Art. 6.6: access control runs 24/7 with a complete log. Every door controller reports at least its
 * status regularly; one silent for longer than the allowed gap means the log may have a hole.
 */
@DutyPlan(id = "access-log-continuity", cron = "0 */5 * * * ?",
        description = AccessLogContinuityDuty.ARTICLE + ": access control runs 24/7 with a complete log; alarm when a door controller is silent over {0} minutes")
public class AccessLogContinuityDuty extends RegulationDuty {
    static final String ARTICLE = "Art. 6.6";
    // a door controller that never reported counts from here: its gap reads as "never"
    private static final Instant NEVER = Instant.EPOCH.plusSeconds(1);

    private final AccessEventRepository events;
    private final EnabledDevices devices;
    private final LastHeard lastHeard;
    private final AlarmUpdates alarms;
    private final int maxGapMinutes;

    AccessLogContinuityDuty(AccessEventRepository events, EnabledDevices devices, LastHeard lastHeard, AlarmUpdates alarms, @Value("${dcim.access.max-gap-minutes:15}") int maxGapMinutes) {
        this.events = events;
        this.devices = devices;
        this.lastHeard = lastHeard;
        this.alarms = alarms;
        this.maxGapMinutes = maxGapMinutes;
    }

    @Override
    protected List<?> figures() {
        return List.of(maxGapMinutes);
    }

    @Override
    public DutyOutcome run(Instant now) {
        List<String> silent = new ArrayList<>();
        List<LastSeen> doors;
        try {
            doors = lastSeen();
        } catch (RuntimeException e) {
            return DutyOutcome.failed(e.getMessage());
        }
        // read first, then raise or clear: each alarm change is a transaction of its own
        for (LastSeen door : doors) {
            long gap = Duration.between(door.last(), now).toMinutes();
            Phrase problem = gap <= maxGapMinutes ? null : gap > 100_000
                    ? Phrase.of("alarm.text.access.never", "Door controller {0} has never reported: the access log may have a gap", door.device())
                    : Phrase.of("alarm.text.access.silent", "Door controller {0} silent for {1} min: the access log may have a gap",
                            door.device(), gap);
            alarms.tell(door.device(), "access.log-gap", "0", Severity.major, ARTICLE, problem);
            if (problem != null) {
                silent.add(problem.english());
            }
        }
        return silent.isEmpty() ? DutyOutcome.ok(Phrase.of("duty.outcome.access.ok", "Every door controller reported within {0} min", maxGapMinutes))
                : DutyOutcome.warning(String.join("; ", silent));
    }

    // the newest thing heard from each door controller: a logged access or any reading it sent
    private List<LastSeen> lastSeen() {
        List<String> doors = devices.watching(AssetKind.door_controller);
        if (doors.isEmpty()) {
            return List.of();
        }
        Map<String, Instant> logged = new HashMap<>();
        events.lastReceived(doors).forEach(d -> logged.put(d.deviceId(), d.last()));
        Map<String, Instant> heard = lastHeard.of(doors);
        return doors.stream().map(d -> new LastSeen(d, latest(latest(NEVER, logged.get(d)), heard.get(d)))).toList();
    }

    private static Instant latest(Instant a, Instant b) {
        return b == null || a.isAfter(b) ? a : b;
    }

    record LastSeen(String device, Instant last) {
    }
}
