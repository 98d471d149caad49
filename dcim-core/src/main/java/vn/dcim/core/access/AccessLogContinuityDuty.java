package vn.dcim.core.access;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.alarm.AlarmUpdates;
import vn.dcim.core.alarm.Severity;
import vn.dcim.core.schedule.DutyOutcome;
import vn.dcim.core.schedule.RegulationDuty;
import vn.dcim.core.telemetry.LatestValues;
import vn.dcim.core.text.Phrase;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Art. 6.6: access control runs 24/7 with a complete log. Every door controller reports at least its
 * status regularly; one silent for longer than the allowed gap means the log may have a hole.
 */
@Singleton
public class AccessLogContinuityDuty extends RegulationDuty {
    static final String ARTICLE = "Art. 6.6";
    // the newest thing heard from each door controller: a logged access or any reading it sent
    private static final String DEVICES = "SELECT d.id, GREATEST(COALESCE((SELECT MAX(received_ts) FROM access_event e WHERE e.device_id = d.id), '1970-01-01 00:00:01'), "
            + "COALESCE((SELECT MAX(ts) FROM latest_reading r WHERE r.device_id = d.id), '1970-01-01 00:00:01')) "
            + "FROM monitored_device d JOIN asset a ON a.id = d.asset_id WHERE d.enabled AND a.kind = 'door_controller'";

    private final Jdbc jdbc;
    private final LatestValues latestValues;
    private final AlarmUpdates alarms;
    private final int maxGapMinutes;

    AccessLogContinuityDuty(Jdbc jdbc, LatestValues latestValues, AlarmUpdates alarms, @Value("${dcim.access.max-gap-minutes:15}") int maxGapMinutes) {
        super("access-log-continuity",
                ARTICLE + ": access control runs 24/7 with a complete log; alarm when a door controller is silent over "
                    + maxGapMinutes + " minutes",
                "0 */5 * * * ?");
        this.jdbc = jdbc;
        this.latestValues = latestValues;
        this.alarms = alarms;
        this.maxGapMinutes = maxGapMinutes;
    }

    @Override
    public DutyOutcome run(Instant now) {
        List<String> silent = new ArrayList<>();
        latestValues.flush();
        record LastSeen(String device, Timestamp last) {
        }
        List<LastSeen> doors;
        try {
            doors = jdbc.list("check the access log", DEVICES, rs -> new LastSeen(rs.getString(1), rs.getTimestamp(2)));
        } catch (RuntimeException e) {
            return DutyOutcome.failed(e.getMessage());
        }
        // read first, then raise or clear: each alarm change is a transaction of its own
        for (LastSeen door : doors) {
            long gap = Duration.between(door.last().toInstant(), now).toMinutes();
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
}
