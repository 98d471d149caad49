package vn.dcim.core.alarm;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import vn.dcim.core.schedule.Duty;
import vn.dcim.core.schedule.DutyOutcome;
import vn.dcim.core.telemetry.LatestValues;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
class DeviceStalenessDuty implements Duty {
    static final String RULE = "device-stale";
    private static final String LAST_SEEN = "SELECT d.id, d.interval_s, MAX(l.ts) FROM monitored_device d "
            + "JOIN latest_reading l ON l.device_id = d.id WHERE d.enabled GROUP BY d.id, d.interval_s";

    private final DataSource dataSource;
    private final LatestValues latestValues;
    private final AlarmUpdates alarms;
    private final int intervals;

    DeviceStalenessDuty(DataSource dataSource, LatestValues latestValues, AlarmUpdates alarms, @Value("${dcim.alarm.stale-intervals:3}") int intervals) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.latestValues = latestValues;
        this.alarms = alarms;
        this.intervals = Math.max(2, intervals);
    }

    @Override
    public String id() {
        return "device-staleness";
    }

    @Override
    public String description() {
        return "Art. 25.1: alarm on a device that sent no data for " + intervals + " polling intervals";
    }

    @Override
    public String defaultCron() {
        return "15 * * * * ?";
    }

    @Override
    public DutyOutcome run(Instant now) {
        List<String> stale = new ArrayList<>();
        latestValues.flush();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(LAST_SEEN);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String device = rs.getString(1);
                Duration allowed = Duration.ofSeconds((long) rs.getInt(2) * intervals);
                Instant last = rs.getTimestamp(3).toInstant();
                String problem = null;
                if (Duration.between(last, now).compareTo(allowed) > 0) {
                    problem = "Art. 25.1: no data from " + device + " since " + last + " (" + intervals + " polling intervals)";
                    stale.add(device);
                }
                alarms.set(device, RULE, "0", Severity.major, "Art. 25.1", problem);
            }
        } catch (SQLException e) {
            throw new DataAccessException("Could not read when devices last reported: " + e.getMessage(), e);
        }
        return stale.isEmpty() ? DutyOutcome.ok("Every device reported in time")
                : DutyOutcome.warning("No recent data from " + stale.size() + ": " + String.join(", ", stale));
    }
}
