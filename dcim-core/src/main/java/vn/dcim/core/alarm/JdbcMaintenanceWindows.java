package vn.dcim.core.alarm;

import jakarta.inject.Singleton;
import vn.dcim.core.db.Jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
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

    private final Jdbc jdbc;

    JdbcMaintenanceWindows(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isUnderMaintenance(String targetId, Instant at) {
        Timestamp t = Timestamp.from(at);
        return !jdbc.list("read maintenance windows of " + targetId, COVERED, rs -> true,
                t, t, targetId, targetId, t, targetId, targetId).isEmpty();
    }

    @Override
    public long open(String targetId, Instant startsAt, Instant endsAt, String reason) {
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("A maintenance window must end after it starts");
        }
        String sql = "INSERT INTO maintenance_window (target_id, starts_at, ends_at, reason) VALUES (?,?,?,?)";
        return jdbc.call("open a maintenance window for " + targetId, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                Jdbc.bind(ps, targetId, Timestamp.from(startsAt), Timestamp.from(endsAt), reason);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }
}
