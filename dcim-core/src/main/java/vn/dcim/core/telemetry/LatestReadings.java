package vn.dcim.core.telemetry;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads the latest value per metric, for the dashboard and for work-order snapshots. */
@Singleton
public class LatestReadings {
    private final DataSource dataSource;
    private final LatestValues pending;

    LatestReadings(DataSource dataSource, LatestValues pending) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.pending = pending;
    }

    public List<LatestReading> ofDevice(String deviceId) {
        return query("WHERE device_id = ? ORDER BY metric, instance", deviceId);
    }

    /** The latest value of one metric on every device that reports it. */
    public List<LatestReading> ofMetric(String metric) {
        return query("WHERE metric = ? ORDER BY device_id, instance", metric);
    }

    private List<LatestReading> query(String where, String param) {
        pending.flush();
        String sql = "SELECT device_id, metric, instance, ts, value, text_value, unit FROM latest_reading " + where;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            List<LatestReading> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double v = rs.getDouble(5);
                    Double value = rs.wasNull() ? null : v;
                    out.add(new LatestReading(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getTimestamp(4).toInstant(), value, rs.getString(6), rs.getString(7)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new DataAccessException("Could not read latest readings (" + param + "): " + e.getMessage(), e);
        }
    }
}
