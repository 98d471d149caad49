package vn.dcim.core.telemetry;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;

import java.util.List;

/** Reads the latest value per metric, for the dashboard and for work-order snapshots. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LatestReadings {
    private final Jdbc jdbc;
    private final LatestValues pending;

    public List<LatestReading> ofDevice(String deviceId) {
        return query("WHERE device_id = ? ORDER BY metric, instance", deviceId);
    }

    /** The latest value of one metric on every device that reports it. */
    public List<LatestReading> ofMetric(String metric) {
        return query("WHERE metric = ? ORDER BY device_id, instance", metric);
    }

    /** The latest value of one series, if it ever had one. */
    public java.util.Optional<LatestReading> of(String deviceId, String metric, String instance) {
        return query("WHERE device_id = ? AND metric = ? AND instance = ?", deviceId, metric, instance).stream().findFirst();
    }

    private List<LatestReading> query(String where, Object... params) {
        pending.flush();
        String sql = "SELECT device_id, metric, instance, ts, value, text_value, unit FROM latest_reading " + where;
        return jdbc.list("read latest readings (" + params[0] + ")", sql, rs -> {
            double v = rs.getDouble(5);
            Double value = rs.wasNull() ? null : v;
            return new LatestReading(rs.getString(1), rs.getString(2), rs.getString(3),
                    rs.getTimestamp(4).toInstant(), value, rs.getString(6), rs.getString(7));
        }, params);
    }
}
