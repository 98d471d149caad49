package vn.dcim.core.time;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * The one way a person is shown a time: the center's wall clock, {@code dd/MM/yyyy HH:mm},
 * in both languages, on every screen, PDF and XLSX; a day alone as {@code dd/MM/yyyy}. The database and
 * the API keep UTC instants; this is only for people.
 */
public final class CenterTime {
    public static final String TIME_PATTERN = "dd/MM/yyyy HH:mm";
    public static final String DATE_PATTERN = "dd/MM/yyyy";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(DATE_PATTERN);

    private final DateTimeFormatter time;

    public CenterTime(ZoneId zone) {
        this.time = DateTimeFormatter.ofPattern(TIME_PATTERN).withZone(zone);
    }

    /** An instant (or a day) as the center reads it; empty for none. */
    public String format(@Nullable TemporalAccessor at) {
        if (at == null) {
            return "";
        }
        if (at instanceof LocalDate d) {
            return DATE.format(d);
        }
        return time.format(at instanceof Instant i ? i : Instant.from(at));
    }

    public static String date(@Nullable LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }
}
