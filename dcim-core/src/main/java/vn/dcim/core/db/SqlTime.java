package vn.dcim.core.db;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * An instant as the JDBC parameter of a TIMESTAMP column on the hot write paths (readings, the
 * access log). It is the wall-clock time in the JVM's zone that a {@link java.sql.Timestamp} would be
 * written as, but the driver formats a Timestamp through a new Calendar (text protocol: a new
 * SimpleDateFormat) per value, which was the largest single cost of writing readings (bench/snmp)
 * and showed again in the access writer's profile (bench/mqtt).
 */
public final class SqlTime {
    private static final ZoneId ZONE = ZoneId.systemDefault();

    private SqlTime() {
    }

    public static LocalDateTime of(Instant t) {
        return LocalDateTime.ofInstant(t, ZONE);
    }
}
