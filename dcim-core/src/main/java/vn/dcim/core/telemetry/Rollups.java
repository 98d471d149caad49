package vn.dcim.core.telemetry;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** The roll-up resolutions and their buckets, shared by the duty and the readers (the arithmetic is SQL: RollupDuty). */
public final class Rollups {
    private Rollups() {
    }

    /** A resolution of the store: its table and the length of its bucket (raw has none). */
    public enum Resolution {
        RAW("series_point", 0), M5("rollup_5m", 5), H1("rollup_1h", 60), D1("rollup_1d", 1440);

        final String table;
        final int minutes;

        Resolution(String table, int minutes) {
            this.table = table;
            this.minutes = minutes;
        }

        /** As the API names it: raw, 5m, 1h, 1d. */
        public String label() {
            return switch (this) {
                case RAW -> "raw";
                case M5 -> "5m";
                case H1 -> "1h";
                case D1 -> "1d";
            };
        }

        LocalDateTime bucketOf(LocalDateTime t) {
            return switch (this) {
                case RAW -> t;
                case M5 -> fiveMinutesOf(t);
                case H1 -> t.truncatedTo(ChronoUnit.HOURS);
                case D1 -> t.truncatedTo(ChronoUnit.DAYS);
            };
        }
    }

    static LocalDateTime fiveMinutesOf(LocalDateTime t) {
        return t.truncatedTo(ChronoUnit.HOURS).plusMinutes(t.getMinute() / 5 * 5);
    }
}
