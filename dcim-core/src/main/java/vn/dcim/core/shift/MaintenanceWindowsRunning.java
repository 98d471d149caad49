package vn.dcim.core.shift;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.db.SqlTime;
import vn.dcim.core.device.DeviceNames;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The maintenance windows open at a moment (alarms of their targets are recorded suppressed, Art. 14.4), a
 * device's window naming its equipment as people call it.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MaintenanceWindowsRunning implements MaintenanceRunning {
    private final Jdbc jdbc;
    private final DeviceNames equipment;

    @Override
    public List<HandoverItem> runningAt(Instant at) {
        return jdbc.list("read the maintenance windows running", "SELECT id, target_id, starts_at, ends_at, reason, target_kind FROM maintenance_window "
                        + "WHERE starts_at <= ? AND ends_at > ? ORDER BY starts_at, id LIMIT 200",
                rs -> {
                    String target = "device".equals(rs.getString(6)) ? equipment.of(rs.getString(2)) : rs.getString(2);
                    String reason = rs.getString(5);
                    List<String> args = new ArrayList<>(List.of(target));
                    if (reason != null) {
                        args.add(reason);
                    }
                    return new HandoverItem(SqlTime.instant(rs, 3), "maintenance-window", "window " + rs.getLong(1),
                            target + (reason == null ? "" : ": " + reason), reason == null ? "handover.line.window" : "handover.line.window.reason", args);
                },
                SqlTime.of(at), SqlTime.of(at));
    }
}
