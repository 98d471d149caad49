package vn.dcim.core.db;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * An instant as the JDBC parameter of a DATETIME column on the hot write paths (readings, the
 * access log): its wall-clock time in UTC, the zone every DATETIME column holds (V61; the driver's
 * connectionTimeZone is UTC too). A {@link java.sql.Timestamp} would say the same, but the driver
 * formats a Timestamp through a new Calendar (text protocol: a new SimpleDateFormat) per value,
 * which was the largest single cost of writing readings (bench/snmp) and showed again in the
 * access writer's profile (bench/mqtt).
 */
public final class SqlTime {

    private SqlTime() {
    }

    /**
     * From the epoch second and nano directly: {@code LocalDateTime.ofInstant(t, UTC)} asks the offset for its
     * rules, and a {@link ZoneOffset} makes new ones (with a map inside) on every call: the largest allocation
     * left on the readings' write path.
     */
    public static LocalDateTime of(Instant t) {
        return LocalDateTime.ofEpochSecond(t.getEpochSecond(), t.getNano(), ZoneOffset.UTC);
    }

    /** An instant given in microseconds since 1970 (a {@code ReadingBatch}'s times), as {@link #of(Instant)}. */
    public static LocalDateTime ofEpochMicros(long micros) {
        return LocalDateTime.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), (int) Math.floorMod(micros, 1_000_000L) * 1_000, ZoneOffset.UTC);
    }

    /**
     * A DATETIME column read back as the UTC wall-clock time it holds. Never
     * {@code getObject(column, LocalDateTime.class)}: with {@code preserveInstants} the driver shifts
     * that into the JVM's zone, so a server running in Asia/Ho_Chi_Minh read every point 7 hours late.
     */
    public static LocalDateTime read(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        Instant t = rs.getObject(column, Instant.class);
        return t == null ? null : of(t);
    }

    /** The instant of a UTC wall-clock time as the DATETIME columns hold it. */
    public static Instant instant(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC);
    }

    /** A DATETIME column read back as the instant it holds. */
    public static Instant instant(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        return rs.getObject(column, Instant.class);
    }
}
