package vn.dcim.core.alarm;

import java.time.Instant;

/**
 * Port for planned maintenance: alarms of equipment under maintenance are still recorded but flagged
 * suppressed. {@code targetId} is a monitored device id or an asset id (as text). The work-order
 * feature fills the windows through {@link #open}.
 */
public interface MaintenanceWindows {
    boolean isUnderMaintenance(String targetId, Instant at);

    long open(String targetId, Instant startsAt, Instant endsAt, String reason);
}
