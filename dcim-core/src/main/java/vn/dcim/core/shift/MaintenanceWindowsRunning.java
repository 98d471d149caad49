package vn.dcim.core.shift;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.db.SqlTime;

import java.time.Instant;
import java.util.List;

/** The maintenance windows open at a moment (alarms of their targets are recorded suppressed, Art. 14.4). */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MaintenanceWindowsRunning implements MaintenanceRunning {
    private final Jdbc jdbc;

    @Override
    public List<HandoverItem> runningAt(Instant at) {
        return jdbc.list("read the maintenance windows running", "SELECT id, target_id, starts_at, ends_at, reason FROM maintenance_window "
                        + "WHERE starts_at <= ? AND ends_at > ? ORDER BY starts_at, id LIMIT 200",
                rs -> new HandoverItem(SqlTime.instant(rs, 3), "maintenance-window", "window " + rs.getLong(1),
                        rs.getString(2) + (rs.getString(5) == null ? "" : ": " + rs.getString(5))),
                SqlTime.of(at), SqlTime.of(at));
    }
}
