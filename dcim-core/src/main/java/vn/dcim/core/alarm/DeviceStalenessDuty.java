package vn.dcim.core.alarm;

import jakarta.inject.Singleton;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.device.Staleness;
import vn.dcim.core.schedule.DutyOutcome;
import vn.dcim.core.schedule.RegulationDuty;
import vn.dcim.core.telemetry.LatestValues;
import vn.dcim.core.text.Phrase;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Art. 25.1: every device is monitored continuously. A device that has sent nothing for N of its
 * polling intervals (a dead poller, a silent MQTT gateway) raises "device-stale"; fresh data clears
 * it. A device that never reported is left to the poller's own reachability reading.
 */
@Singleton
class DeviceStalenessDuty extends RegulationDuty {
    static final String RULE = "device-stale";
    private static final String LAST_SEEN = "SELECT d.id, d.interval_s, MAX(l.ts) FROM monitored_device d "
            + "JOIN latest_reading l ON l.device_id = d.id WHERE d.enabled GROUP BY d.id, d.interval_s";

    private final Jdbc jdbc;
    private final LatestValues latestValues;
    private final AlarmUpdates alarms;
    private final Staleness staleness;

    // the rule of the readings API, the device page and the dashboard (Staleness), so the alarm and the screens agree
    DeviceStalenessDuty(Jdbc jdbc, LatestValues latestValues, AlarmUpdates alarms, Staleness staleness) {
        super("device-staleness",
                "Art. 25.1: alarm on a device that sent no data for " + staleness.intervals() + " polling intervals",
                "15 * * * * ?");
        this.jdbc = jdbc;
        this.latestValues = latestValues;
        this.alarms = alarms;
        this.staleness = staleness;
    }

    @Override
    public DutyOutcome run(Instant now) {
        List<String> stale = new ArrayList<>();
        latestValues.flush();
        record LastSeen(String device, Duration allowed, Instant last) {
        }
        // read first, then raise or clear: each alarm change is a transaction of its own
        List<LastSeen> seen = jdbc.list("read when devices last reported", LAST_SEEN,
                rs -> new LastSeen(rs.getString(1), staleness.allowed(rs.getInt(2)), rs.getTimestamp(3).toInstant()));
        for (LastSeen s : seen) {
            Phrase problem = null;
            if (Staleness.stale(s.last(), s.allowed(), now)) {
                problem = Phrase.of("alarm.text.device.stale", "Art. 25.1: no data from {0} since {1} ({2} polling intervals)",
                        s.device(), s.last(), staleness.intervals());
                stale.add(s.device());
            }
            alarms.tell(s.device(), RULE, "0", Severity.major, "Art. 25.1", problem);
        }
        return stale.isEmpty() ? DutyOutcome.ok(Phrase.of("duty.outcome.stale.none", "Every device reported in time"))
                : DutyOutcome.warning(Phrase.of("duty.outcome.stale.some", "No recent data from {0}: {1}", stale.size(), String.join(", ", stale)));
    }
}
