package vn.dcim.core.telemetry;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The roll-up resolutions and the arithmetic of one bucket, shared by the duty and the readers. */
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

    /**
     * What a bucket holds: point count, count of numeric points, min, max and sum of the numbers, and
     * the last point. A raw point is a bucket of one, so the same merge builds 5 minutes from points,
     * an hour from 5-minute buckets and a day from hours.
     */
    record Bucket(int seriesId, LocalDateTime start, long n, long nValue, @Nullable Double min, @Nullable Double max,
                  @Nullable Double sum, LocalDateTime lastTs, @Nullable Double lastValue, @Nullable String lastText) {

        static Bucket point(int seriesId, LocalDateTime ts, @Nullable Double value, @Nullable String text) {
            return new Bucket(seriesId, ts, 1, value == null ? 0 : 1, value, value, value, ts, value, text);
        }

        /** Merges parts in any order into the bucket starting at {@code start}; null for no parts. */
        static @Nullable Bucket merge(LocalDateTime start, List<Bucket> parts) {
            Bucket out = null;
            for (Bucket p : parts) {
                if (out == null) {
                    out = new Bucket(p.seriesId, start, p.n, p.nValue, p.min, p.max, p.sum, p.lastTs, p.lastValue, p.lastText);
                    continue;
                }
                boolean later = p.lastTs.isAfter(out.lastTs);
                out = new Bucket(out.seriesId, start, out.n + p.n, out.nValue + p.nValue,
                        pick(out.min, p.min, true), pick(out.max, p.max, false),
                        out.sum == null ? p.sum : p.sum == null ? out.sum : Double.valueOf(out.sum + p.sum),
                        later ? p.lastTs : out.lastTs, later ? p.lastValue : out.lastValue, later ? p.lastText : out.lastText);
            }
            return out;
        }

        private static Double pick(Double a, Double b, boolean lower) {
            if (a == null) {
                return b;
            }
            if (b == null) {
                return a;
            }
            return lower ? Math.min(a, b) : Math.max(a, b);
        }

        @Nullable Double average() {
            return nValue == 0 || sum == null ? null : sum / nValue;
        }
    }
}
