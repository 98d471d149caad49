package vn.dcim.core.alarm;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.device.EnabledDevices;
import vn.dcim.core.device.Protocol;
import vn.dcim.core.device.Staleness;
import vn.dcim.core.schedule.DutyOutcome;
import vn.dcim.core.schedule.DutyPlan;
import vn.dcim.core.schedule.RegulationDuty;
import vn.dcim.core.telemetry.LastHeard;
import vn.dcim.core.text.Phrase;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Art. 25.1: every device is monitored continuously. A polled device that has sent nothing for N of its
 * polling intervals (a dead poller) raises "device-stale"; fresh data clears it. An MQTT device is not polled:
 * it reports on change or at its own pace, so it is stale after N times its own longest silence of the last
 * day (a gateway publishing every minute: 3 minutes; {@link Staleness}). Its going away is told sooner by its availability topic or will (device-unreachable). A device
 * that never reported is left to the poller's own reachability reading.
 */
@DutyPlan(id = "device-staleness", cron = "15 * * * * ?",
        description = "Art. 25.1: alarm on a device that sent no data for {0} polling intervals")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DeviceStalenessDuty extends RegulationDuty {
    static final String RULE = "device-stale";
    private final EnabledDevices devices;
    private final LastHeard lastHeard;
    private final AlarmUpdates alarms;
    // the rule of the readings API, the device page and the dashboard (Staleness), so the alarm and the screens agree
    private final Staleness staleness;

    @Override
    protected List<?> figures() {
        return List.of(staleness.intervals());
    }

    @Override
    public DutyOutcome run(Instant now) {
        List<String> stale = new ArrayList<>();
        record LastSeen(String device, int intervalS, Instant last, boolean reportsOnItsOwn) {
        }
        // read first, then raise or clear: each alarm change is a transaction of its own
        Map<String, Instant> heard = lastHeard.byDevice();
        List<LastSeen> seen = devices.paced().stream().filter(d -> heard.containsKey(d.id()))
                .map(d -> new LastSeen(d.id(), d.intervalS(), heard.get(d.id()), d.protocol() == Protocol.mqtt)).toList();
        Map<String, Duration> silences = seen.stream().anyMatch(LastSeen::reportsOnItsOwn) ? staleness.longestSilences(now) : Map.of();
        for (LastSeen s : seen) {
            Phrase problem = null;
            Duration allowed = s.reportsOnItsOwn() ? staleness.allowedOwn(s.intervalS(), silences.get(s.device()))
                    : staleness.allowed(s.intervalS());
            if (Staleness.stale(s.last(), allowed, now)) {
                problem = !s.reportsOnItsOwn()
                        ? Phrase.of("alarm.text.device.stale", "Art. 25.1: no data from {0} since {1} ({2} polling intervals)",
                                s.device(), s.last(), staleness.intervals())
                        : Phrase.of("alarm.text.device.stale.own", "Art. 25.1: no data from {0} since {1} (longer than {2} minutes, "
                                + "what its own reports let expect)", s.device(), s.last(), allowed.toMinutes());
                stale.add(s.device());
            }
            alarms.tell(s.device(), RULE, "0", Severity.major, "Art. 25.1", problem);
        }
        return stale.isEmpty() ? DutyOutcome.ok(Phrase.of("duty.outcome.stale.none", "Every device reported in time"))
                : DutyOutcome.warning(Phrase.of("duty.outcome.stale.some", "No recent data from {0}: {1}", stale.size(), String.join(", ", stale)));
    }
}
