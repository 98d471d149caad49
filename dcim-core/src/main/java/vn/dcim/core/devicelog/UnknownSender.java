package vn.dcim.core.devicelog;

import java.time.Instant;

/** An address that sent traps, syslog or events without being a monitored device: listed so it can be registered. */
@io.micronaut.serde.annotation.Serdeable
public record UnknownSender(String sender, DeviceLogSource source, long entries, Instant firstTs, Instant lastTs) {
}
