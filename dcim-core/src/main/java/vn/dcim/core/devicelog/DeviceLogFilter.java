package vn.dcim.core.devicelog;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * What to find in the device log: one device (or only unknown senders), this severity or worse, a
 * piece of text, a source, a time window [from, to). Every part may be left out.
 */
public record DeviceLogFilter(@Nullable String deviceId, boolean unknownSendersOnly, @Nullable DeviceLogSeverity severity,
                              @Nullable String text, @Nullable DeviceLogSource source,
                              @Nullable Instant from, @Nullable Instant to) {

    public static DeviceLogFilter ofDevice(String deviceId) {
        return new DeviceLogFilter(deviceId, false, null, null, null, null, null);
    }
}
