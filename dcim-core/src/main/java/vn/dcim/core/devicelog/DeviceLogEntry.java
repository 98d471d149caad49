package vn.dcim.core.devicelog;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * One thing a device told us by itself. {@code ts} is when it happened (the device's own time where
 * the message carries one and it is plausible, else the arrival), {@code receivedAt} when it arrived;
 * {@code sender} the address it came from; {@code deviceId} null for a sender that is no monitored
 * device. {@code event} names it (a trap's MIB name, a syslog APP-NAME/MSGID); {@code raw} is the
 * message as received (what is forwarded to the SOC), {@code fields} its structured content as JSON.
 */
public record DeviceLogEntry(@Nullable Long id, Instant ts, Instant receivedAt, @Nullable String deviceId, String sender,
                             DeviceLogSource source, DeviceLogSeverity severity, String text,
                             @Nullable String event, @Nullable String raw, @Nullable String fields) {

    public static final int MAX_TEXT = 2000;
    /** TEXT holds 65,535 bytes: 16,000 characters of up to 4 bytes each always fit. */
    public static final int MAX_RAW = 16_000;

    public DeviceLogEntry {
        text = text == null ? "" : text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        event = event != null && event.length() > 200 ? event.substring(0, 200) : event;
        sender = sender.length() > 64 ? sender.substring(0, 64) : sender;
        raw = raw != null && raw.length() > MAX_RAW ? raw.substring(0, MAX_RAW) : raw;
        fields = fields != null && fields.length() > MAX_RAW ? fields.substring(0, MAX_RAW) : fields;
    }

    public DeviceLogEntry withDevice(@Nullable String device) {
        return new DeviceLogEntry(id, ts, receivedAt, device, sender, source, severity, text, event, raw, fields);
    }
}
