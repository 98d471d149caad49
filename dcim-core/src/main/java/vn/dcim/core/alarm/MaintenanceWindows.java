package vn.dcim.core.alarm;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.Optional;

/**
 * Port for planned maintenance (Art. 14.4: maintenance must not raise false alarms): alarms of equipment
 * under maintenance are still recorded, flagged suppressed with what covers them, and not notified.
 * {@code deviceId} is a monitored device id. The maintenance feature ({@code vn.dcim.core.suppression})
 * implements it with its windows (one-off or recurring, on the device or anything it hangs on) and the
 * work orders in progress.
 */
public interface MaintenanceWindows {

    /** What covers the device at {@code at}: a window (its id and reason) or a work order in progress; empty when nothing. */
    Optional<Cover> covering(String deviceId, Instant at);

    default boolean isUnderMaintenance(String deviceId, Instant at) {
        return covering(deviceId, at).isPresent();
    }

    /** A one-off window on a device (or, in windows of older releases, an asset id as text); its id. */
    long open(String targetId, Instant startsAt, Instant endsAt, String reason);

    /** {@code windowId} null when a work order in progress covers the device; {@code why} names the window or the order. */
    record Cover(@Nullable Long windowId, String why) {
    }
}
