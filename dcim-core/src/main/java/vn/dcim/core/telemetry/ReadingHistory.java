package vn.dcim.core.telemetry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.db.SqlTime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a series back over a window at the finest resolution that fits a number of points: the raw
 * points for a short window, 5-minute, hourly or daily roll-ups for longer ones, so that a chart of a
 * year reads 365 rows, not half a million (Zabbix's history and trends, chosen per query).
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReadingHistory {

    /** One point of a chart: a raw point (min = max = value) or a bucket's average, min and max. */
    @Serdeable
    public record Point(Instant ts, @Nullable Double value, @Nullable Double min, @Nullable Double max,
                        @Nullable String text, long count) {
    }

    /** The points of a window and the resolution they were read at. */
    public record Window(Rollups.Resolution resolution, List<Point> points) {
    }

    private final Jdbc jdbc;

    /**
     * The finest resolution with at most {@code maxPoints} points in [from, to); daily when even that has
     * more. The choice reads the hourly (windows up to 31 days) or daily roll-ups of the window: their
     * point counts bound the raw points, and each row bounds the finer buckets it holds, so a dense
     * series is decided without touching the day partitions (counting raw points over a year's window
     * opened 365 partitions: 280 ms in bench/readings). Only a sparse window, where those bounds are
     * loose and an exact count is cheap because it has few rows, is counted exactly.
     */
    public Window read(Series series, Instant from, Instant to, int maxPoints) {
        List<Point> raw = new ArrayList<>();
        Rollups.Resolution chosen = choose(series, from, to, maxPoints, raw);
        return new Window(chosen, chosen == Rollups.Resolution.RAW ? raw : points(series, chosen, from, to));
    }

    /** The resolution to read; when it is RAW, {@code raw} holds the window's points already (read to count them). */
    private Rollups.Resolution choose(Series series, Instant from, Instant to, int maxPoints, List<Point> raw) {
        long minutes = Duration.between(from, to).toMinutes();
        Rollups.Resolution coarse = minutes <= 31L * 1440 ? Rollups.Resolution.H1 : Rollups.Resolution.D1;
        long[] bounds = jdbc.list("bound the points of series " + series.id(),
                "SELECT COALESCE(SUM(n), 0), COALESCE(SUM(LEAST(n, ?)), 0), COALESCE(SUM(LEAST(n, ?)), 0) FROM " + coarse.table
                        + " WHERE series_id = ? AND bucket >= ? AND bucket < ?",
                rs -> new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3)},
                coarse.minutes / 5, coarse.minutes / 60, series.id(), coarse.bucketOf(SqlTime.of(from)), SqlTime.of(to)).get(0);
        long total = bounds[0];
        // the newest points may not be rolled up yet: the rows are counted (bounded), and the raw points,
        // rows and chunks (chunked days are rolled up, so the bound holds them), read and kept
        if (total <= maxPoints && count(series, Rollups.Resolution.RAW, from, to, maxPoints + 1) <= maxPoints) {
            raw.addAll(points(series, Rollups.Resolution.RAW, from, to));
            if (raw.size() <= maxPoints) {
                return Rollups.Resolution.RAW;
            }
        }
        boolean sparse = total <= 20L * maxPoints;
        Rollups.Resolution[] finer = {Rollups.Resolution.M5, Rollups.Resolution.H1};
        long[] bound = {Math.min(bounds[1], minutes / 5 + 1), Math.min(bounds[2], minutes / 60 + 1)};
        for (int i = 0; i < finer.length; i++) {
            if (bound[i] <= maxPoints || sparse && count(series, finer[i], from, to, maxPoints + 1) <= maxPoints) {
                return finer[i];
            }
        }
        return Rollups.Resolution.D1;
    }

    /** Every point of [from, to) at the given resolution, oldest first. */
    public List<Point> points(Series series, Rollups.Resolution r, Instant from, Instant to) {
        boolean state = Series.STATE.equals(series.kind());
        if (r == Rollups.Resolution.RAW) {
            return raw(series, from, to);
        }
        List<Bucket> rows = new ArrayList<>(jdbc.list("read " + r.label() + " roll-ups of series " + series.id(),
                "SELECT bucket, n, n_value, min_value, max_value, sum_value, last_ts, last_value, last_text FROM " + r.table
                        + " WHERE series_id = ? AND bucket >= ? AND bucket < ? ORDER BY bucket",
                rs -> new Bucket(SqlTime.read(rs, 1), rs.getLong(2), rs.getLong(3), RollupDuty.nullableDouble(rs, 4),
                        RollupDuty.nullableDouble(rs, 5), RollupDuty.nullableDouble(rs, 6), SqlTime.read(rs, 7),
                        RollupDuty.nullableDouble(rs, 8), rs.getString(9)),
                series.id(), r.bucketOf(SqlTime.of(from)), SqlTime.of(to)));
        mergeOpenTail(series, r, rows, from, to);
        List<Point> out = new ArrayList<>(rows.size());
        for (Bucket b : rows) {
            // a state's value is what it was last; a gauge's is the bucket's average
            Double value = state ? b.lastValue() : b.nValue() == 0 || b.sum() == null ? null : b.sum() / b.nValue();
            out.add(new Point(SqlTime.instant(b.start()), value, b.min(), b.max(), b.lastText(), b.n()));
        }
        return out;
    }

    /** A roll-up row as stored: count, count of numbers, min, max and sum of the numbers, the last point. */
    private record Bucket(LocalDateTime start, long n, long nValue, @Nullable Double min, @Nullable Double max,
                          @Nullable Double sum, LocalDateTime lastTs, @Nullable Double lastValue, @Nullable String lastText) {

        Bucket plus(LocalDateTime ts, @Nullable Double v, @Nullable String text) {
            boolean later = !ts.isBefore(lastTs);
            return new Bucket(start, n + 1, nValue + (v == null ? 0 : 1),
                    v == null ? min : min == null ? v : Double.valueOf(Math.min(min, v)),
                    v == null ? max : max == null ? v : Double.valueOf(Math.max(max, v)),
                    v == null ? sum : sum == null ? v : Double.valueOf(sum + v),
                    later ? ts : lastTs, later ? v : lastValue, later ? text : lastText);
        }
    }

    /**
     * RollupDuty writes a 5-minute bucket, its hour and its day once the bucket is closed, not
     * while points arrive, so the newest rows stop at the last closed bucket. The raw points after the
     * newest row's last point (the open tail: minutes of one series) are added here into the buckets
     * they fall in, so that a chart of a year shows a point written a minute ago. The tail is read from
     * the raw points as they are written, open buckets never being compressed.
     */
    private void mergeOpenTail(Series series, Rollups.Resolution r, List<Bucket> rows, Instant from, Instant to) {
        LocalDateTime tailFrom = rows.isEmpty() ? SqlTime.of(from) : rows.get(rows.size() - 1).lastTs();
        boolean after = !rows.isEmpty();
        List<Object[]> tail = jdbc.list("read the open tail of series " + series.id(),
                "SELECT ts, value, text_value FROM series_point WHERE series_id = ? AND ts " + (after ? ">" : ">=") + " ? AND ts < ? ORDER BY ts",
                rs -> new Object[]{SqlTime.read(rs, 1), RollupDuty.nullableDouble(rs, 2), rs.getString(3)},
                series.id(), tailFrom, SqlTime.of(to));
        for (Object[] p : tail) {
            LocalDateTime ts = (LocalDateTime) p[0];
            LocalDateTime start = r.bucketOf(ts);
            Bucket last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (last != null && last.start().equals(start)) {
                rows.set(rows.size() - 1, last.plus(ts, (Double) p[1], (String) p[2]));
            } else {
                Double v = (Double) p[1];
                rows.add(new Bucket(start, 1, v == null ? 0 : 1, v, v, v, ts, v, (String) p[2]));
            }
        }
    }

    /**
     * The raw points of [from, to): the rows and the compressed chunks of closed days (V115) merged by
     * time; a time both hold is the chunk's (it was written first, as INSERT IGNORE keeps the first).
     */
    private List<Point> raw(Series series, Instant from, Instant to) {
        List<Point> rows = jdbc.list("read points of series " + series.id(),
                "SELECT ts, value, text_value FROM series_point WHERE series_id = ? AND ts >= ? AND ts < ? ORDER BY ts",
                rs -> {
                    Double v = RollupDuty.nullableDouble(rs, 2);
                    return new Point(SqlTime.instant(rs, 1), v, v, v, rs.getString(3), 1);
                }, series.id(), SqlTime.of(from), SqlTime.of(to));
        PointCodec.Points chunked = jdbc.call("read the chunks of series " + series.id(),
                c -> SeriesChunks.read(c, series.id(), SqlTime.of(from), SqlTime.of(to)));
        if (chunked.size() == 0) {
            return rows;
        }
        List<Point> merged = new ArrayList<>(rows.size() + chunked.size());
        int r = 0;
        for (int i = 0; i < chunked.size(); i++) {
            Instant t = Instant.ofEpochMilli(chunked.times()[i]);
            while (r < rows.size() && rows.get(r).ts().isBefore(t)) {
                merged.add(rows.get(r++));
            }
            if (r < rows.size() && rows.get(r).ts().equals(t)) {
                r++;
            }
            double v = chunked.values()[i];
            merged.add(new Point(t, v, v, v, null, 1));
        }
        merged.addAll(rows.subList(r, rows.size()));
        return merged;
    }

    /** The time of the first raw point of a series, a row or chunked; null when it has none. */
    public Instant firstRaw(Series series) {
        Instant row = jdbc.list("read the first raw point of series " + series.id(),
                "SELECT MIN(ts) FROM series_point WHERE series_id = ?", rs -> SqlTime.instant(rs, 1), series.id()).get(0);
        LocalDateTime chunk = jdbc.call("read the first chunk of series " + series.id(), c -> SeriesChunks.first(c, series.id()));
        Instant chunked = chunk == null ? null : SqlTime.instant(chunk);
        return row == null ? chunked : chunked == null || row.isBefore(chunked) ? row : chunked;
    }

    private long count(Series series, Rollups.Resolution r, Instant from, Instant to, int limit) {
        String column = r == Rollups.Resolution.RAW ? "ts" : "bucket";
        return jdbc.list("count points of series " + series.id(),
                "SELECT COUNT(*) FROM (SELECT 1 FROM " + r.table + " WHERE series_id = ? AND " + column + " >= ? AND "
                        + column + " < ? LIMIT " + limit + ") window_rows",
                rs -> rs.getLong(1), series.id(), r.bucketOf(SqlTime.of(from)), SqlTime.of(to)).get(0);
    }

}
