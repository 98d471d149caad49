package vn.dcim.core.alarm;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Maintenance windows kept in the maintenance_window table, and work orders in progress; a device is
 * covered by its own windows and its asset's.
 */
@Singleton
class JdbcMaintenanceWindows implements MaintenanceWindows {
    // a window, or a work order in progress on the equipment (Art. 14.4: maintenance must not raise false alarms)
    private static final String COVERED = "SELECT 1 FROM DUAL WHERE EXISTS (SELECT 1 FROM maintenance_window w WHERE w.starts_at <= ? AND w.ends_at > ? "
            + "AND (w.target_id = ? OR w.target_id = (SELECT CAST(d.asset_id AS CHAR) FROM monitored_device d WHERE d.id = ?))) "
            + "OR EXISTS (SELECT 1 FROM work_order o WHERE o.status = 'in_progress' AND o.started_at <= ? "
            + "AND (CAST(o.asset_id AS CHAR) = ? OR o.asset_id = (SELECT d.asset_id FROM monitored_device d WHERE d.id = ?)))";

    private final DataSource dataSource;

    JdbcMaintenanceWindows(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    @Override
    public boolean isUnderMaintenance(String targetId, Instant at) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(COVERED)) {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setTimestamp(2, Timestamp.from(at));
            ps.setString(3, targetId);
            ps.setString(4, targetId);
            ps.setTimestamp(5, Timestamp.from(at));
            ps.setString(6, targetId);
            ps.setString(7, targetId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new DataAccessException("Could not read maintenance windows of " + targetId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public long open(String targetId, Instant startsAt, Instant endsAt, String reason) {
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("A maintenance window must end after it starts");
        }
        String sql = "INSERT INTO maintenance_window (target_id, starts_at, ends_at, reason) VALUES (?,?,?,?)";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, targetId);
            ps.setTimestamp(2, Timestamp.from(startsAt));
            ps.setTimestamp(3, Timestamp.from(endsAt));
            ps.setString(4, reason);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new DataAccessException("Could not open a maintenance window for " + targetId + ": " + e.getMessage(), e);
        }
    }
}
