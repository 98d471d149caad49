package vn.dcim.core.shift;

import java.time.Instant;
import java.util.List;

/**
 * Extension point for the handover's "maintenance running" section: planned maintenance that suppresses
 * alarms at {@code at}. Every bean of this type adds its lines; {@link MaintenanceWindowsRunning} asks the
 * maintenance windows' service. A richer maintenance-window feature adds (or replaces) a bean here without
 * the handover changing.
 */
public interface MaintenanceRunning {
    List<HandoverItem> runningAt(Instant at);
}
