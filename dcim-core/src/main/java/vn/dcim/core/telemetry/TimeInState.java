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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How long a state series spent in each state over a window (a UPS on line, on battery, on bypass; a
 * generator stopped, running): each point's state holds until the next point, but never longer than
 * {@code maxGap} after it, so a device that stopped reporting counts as "no data", not as its last
 * state. Read from the raw points, kept at least 183 days (Art. 30.7a); the state in force when the
 * window opens is the last point before it. The part of a window older than the series' first raw
 * point is read from the hourly time-in-state roll-ups (kept 5 years; RollupDuty writes them with the
 * default gap of 15 minutes), whole hours only: the partial hour at its start counts as no data.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TimeInState {

    /** One state and its time; {@code text} and {@code value} both null for the time with no data. */
    @Serdeable
    public record Share(@Nullable String text, @Nullable Double value, long seconds) {
        public boolean noData() {
            return text == null && value == null;
        }
    }

    private final Jdbc jdbc;
    private final ReadingHistory history;

    public List<Share> of(Series series, Instant from, Instant to, Duration maxGap) {
        Instant firstRaw = history.firstRaw(series);
        // whole hours before the hour of the first raw point from the roll-ups, the rest from raw points
        Instant split = firstRaw == null ? to : firstRaw.truncatedTo(ChronoUnit.HOURS);
        if (!from.isBefore(split)) {
            return shares(raw(series, from, to, maxGap), from, to, maxGap);
        }
        Instant rollupsEnd = split.isAfter(to) ? to : split;
        Map<String, Share> total = new LinkedHashMap<>();
        jdbc.list("read the hourly time in each state of series " + series.id(),
                "SELECT state_key, MAX(state_text), MAX(state_value), SUM(seconds) FROM rollup_state_1h"
                        + " WHERE series_id = ? AND bucket >= ? AND bucket < ? GROUP BY state_key",
                rs -> new Share(rs.getString(2), RollupDuty.nullableDouble(rs, 3), rs.getLong(4)),
                series.id(), SqlTime.of(from.truncatedTo(ChronoUnit.HOURS).equals(from) ? from
                        : from.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1))),
                SqlTime.of(rollupsEnd.truncatedTo(ChronoUnit.HOURS)))
                .forEach(s -> add(total, s));
        if (rollupsEnd.isBefore(to)) {
            shares(raw(series, rollupsEnd, to, maxGap), rollupsEnd, to, maxGap).stream().filter(s -> !s.noData())
                    .forEach(s -> add(total, s));
        }
        List<Share> out = new ArrayList<>(total.values());
        out.sort(Comparator.comparingLong(Share::seconds).reversed());
        long none = Duration.between(from, to).toSeconds() - out.stream().mapToLong(Share::seconds).sum();
        if (none >= 1) {
            out.add(new Share(null, null, none));
        }
        return out;
    }

    private static void add(Map<String, Share> total, Share s) {
        total.merge(key(s.text(), s.value()), s, (a, b) -> new Share(a.text(), a.value(), a.seconds() + b.seconds()));
    }

    /** How a state is told apart: its text, or its number when it has no text. */
    static String key(@Nullable String text, @Nullable Double value) {
        return text != null ? "t:" + text : "v:" + value;
    }

    /** The point before the window is read from the rows: a state series is never chunked (ReadingChunkDuty). */
    private List<ReadingHistory.Point> raw(Series series, Instant from, Instant to, Duration maxGap) {
        List<ReadingHistory.Point> points = new ArrayList<>(jdbc.list("read the state before the window of series " + series.id(),
                "SELECT ts, value, text_value FROM series_point WHERE series_id = ? AND ts >= ? AND ts < ? ORDER BY ts DESC LIMIT 1",
                rs -> {
                    Double v = RollupDuty.nullableDouble(rs, 2);
                    return new ReadingHistory.Point(SqlTime.instant(rs, 1), v, v, v,
                            rs.getString(3), 1);
                }, series.id(), SqlTime.of(from.minus(maxGap)), SqlTime.of(from)));
        points.addAll(history.points(series, Rollups.Resolution.RAW, from, to));
        return points;
    }

    static List<Share> shares(List<ReadingHistory.Point> points, Instant from, Instant to, Duration maxGap) {
        Map<String, long[]> millis = new LinkedHashMap<>();
        Map<String, ReadingHistory.Point> sample = new LinkedHashMap<>();
        long covered = 0;
        for (int i = 0; i < points.size(); i++) {
            ReadingHistory.Point p = points.get(i);
            Instant next = i + 1 < points.size() ? points.get(i + 1).ts() : to;
            Instant start = p.ts().isBefore(from) ? from : p.ts();
            Instant end = min(min(next, to), p.ts().plus(maxGap));
            if (end.isAfter(start)) {
                String key = key(p.text(), p.value());
                long ms = Duration.between(start, end).toMillis();
                millis.computeIfAbsent(key, k -> new long[1])[0] += ms;
                sample.putIfAbsent(key, p);
                covered += ms;
            }
        }
        List<Share> out = new ArrayList<>();
        millis.forEach((key, ms) -> {
            ReadingHistory.Point p = sample.get(key);
            out.add(new Share(p.text(), p.value(), Math.round(ms[0] / 1000.0)));
        });
        out.sort(Comparator.comparingLong(Share::seconds).reversed());
        long none = Duration.between(from, to).toMillis() - covered;
        if (none >= 1000) {
            out.add(new Share(null, null, Math.round(none / 1000.0)));
        }
        return out;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
