package vn.dcim.snmp.syslog;

import io.micronaut.core.annotation.Nullable;
import vn.dcim.core.devicelog.DeviceLogSeverity;

import java.time.Instant;

/**
 * A syslog line as read: RFC 5424 (VERSION 1, structured data), RFC 3164 (BSD, "Mmm dd hh:mm:ss host tag:")
 * or a line without header. {@code ts} is the sender's time where it told one, else null.
 */
public record SyslogMessage(String format, int facility, DeviceLogSeverity severity, @Nullable Instant ts, @Nullable String hostname,
                            @Nullable String appName, @Nullable String procId, @Nullable String msgId,
                            @Nullable String structuredData, String message) {
}
