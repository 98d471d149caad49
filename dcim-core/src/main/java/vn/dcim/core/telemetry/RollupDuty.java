package vn.dcim.core.telemetry;

import vn.dcim.core.text.Phrase;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.db.SqlTime;
import vn.dcim.core.schedule.DutyOutcome;
import vn.dcim.core.schedule.DutyPlan;
import vn.dcim.core.schedule.RegulationDuty;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * Keeps the 5-minute, hourly and daily roll-ups up to date, set-based: a bucket is recomputed for many
 * series by one statement each for its 5 minutes, its hour and its day (INSERT ... SELECT ... GROUP BY
 * ... ON DUPLICATE KEY UPDATE over an IN list of series ids and the bucket's time range), never by a
 * query per series (49 % of every minute at 50,000 series before). Two kinds of marks say
 * what to recompute:
 * <ul>
 * <li>{@code rollup_dirty}: an open 5-minute bucket as a whole, one row per writer shard, its gen
 * raised by every transaction that wrote points into it (JdbcReadingStore). Once the bucket is closed
 * ({@link #GRACE} after its end) it is recomputed for every series, with its hour and its day, and
 * its rows go if no point arrived meanwhile (else gen moved past done_gen: the next run does it
 * again). While a bucket is open nothing is written: at 200,000 series polled a minute, keeping the
 * 5-minute, hourly and daily rows current every minute was 600,000 upserts a minute; once a bucket is
 * 120,000. A chart sees a point written a minute ago all the same: ReadingHistory merges the raw
 * points after the newest roll-up row's last point into its bucket (the open tail).</li>
 * <li>{@code rollup_pending}: a late point (into a bucket already closed) marks its own series and
 * bucket, so that it re-rolls that bucket, its hour and its day for that series only.</li>
 * </ul>
 * Each bucket is recomputed from its sources (raw points, then the twelve 5-minute rows of its hour,
 * then the 24 hours of its day), never incremented, so a run repeated after a crash, or the runs of
 * two instances, write the same rows and count nothing twice; Quartz runs the duty on one instance of
 * a cluster at a time. The statements run in READ COMMITTED: in REPEATABLE READ an INSERT ... SELECT
 * puts shared next-key locks on the points it reads, and the collectors' inserts into the open bucket
 * would wait on them.
 */
@DutyPlan(id = "reading-rollups", cron = "0/15 * * * * ?",
        description = "Roll the readings up into 5-minute, hourly and daily min/max/average/last for charts and reports (Art. 6.2, 30.7a)")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RollupDuty extends RegulationDuty {
    static final int MARKS_PER_ROUND = 2_000;
    static final int ROUNDS_PER_RUN = 50;
    /** Beyond a bucket's end, for points in flight and clocks a little apart. */
    static final Duration GRACE = Duration.ofMinutes(2);
    /**
     * Series ids of one statement; smaller lists are padded to the next of these sizes (few statement
     * shapes). Below MariaDB's in_predicate_conversion_threshold (1,000): a longer IN list becomes a
     * joined table of values, read by series only, so every point of the series' day is scanned
     * instead of the bucket's range (EXPLAIN: ref, key_len 4, against range, key_len 11).
     */
    static final int[] IDS_PER_STATEMENT = {16, 128, 512};

    /**
     * The longest a state holds without a new point in the hourly time-in-state rows: the API's default
     * (TimeInState), so that the hours read from roll-ups and from raw points agree.
     */
    static final Duration STATE_MAX_GAP = Duration.ofMinutes(15);

    private static final String UPDATE = " ON DUPLICATE KEY UPDATE n = VALUES(n), n_value = VALUES(n_value),"
            + " min_value = VALUES(min_value), max_value = VALUES(max_value), sum_value = VALUES(sum_value),"
            + " last_ts = VALUES(last_ts), last_value = VALUES(last_value), last_text = VALUES(last_text)";
    private static final String COLUMNS = " (series_id, bucket, n, n_value, min_value, max_value, sum_value, last_ts, last_value, last_text) ";

    private final Jdbc jdbc;

    @Override
    public DutyOutcome run(Instant now) {
        LocalDateTime wallNow = SqlTime.of(now);
        int[] counts = new int[2]; // 5-minute buckets (series x bucket) recomputed, of them for late points
        rollUpDirtyBuckets(wallNow, counts);
        boolean more = rollUpLateMarks(wallNow, counts);
        Phrase done = more
                ? Phrase.of("duty.outcome.rollup.more", "Rolled up {0} 5-minute buckets, {1} of them from late points; more are waiting for the next run", counts[0], counts[1])
                : Phrase.of("duty.outcome.rollup", "Rolled up {0} 5-minute buckets, {1} of them from late points", counts[0], counts[1]);
        return more ? DutyOutcome.warning(done) : DutyOutcome.ok(done);
    }

    /** Whether the 5-minute bucket starting at {@code start} may still receive points at {@code now}. */
    static boolean isOpen(LocalDateTime start, LocalDateTime now) {
        return now.isBefore(start.plusMinutes(5).plus(GRACE));
    }

    private record Dirty(LocalDateTime bucket, int shard, long gen, long doneGen) {
    }

    /**
     * The buckets marked as a whole: recomputed for every series when written since, removed once closed. After a
     * stall (the duty not run for a while: a restart, the database away) several are closed at once; their hours
     * and days are then recomputed once each, after all their 5-minute rows, not once per bucket (at 200,000
     * series an hour and a day cost about a 5-minute bucket's time again each).
     */
    private void rollUpDirtyBuckets(LocalDateTime now, int[] counts) {
        List<Dirty> rows = jdbc.list("read the dirty 5-minute buckets", "SELECT bucket, shard, gen, done_gen FROM rollup_dirty ORDER BY bucket, shard",
                rs -> new Dirty(SqlTime.read(rs, 1), rs.getInt(2), rs.getLong(3), rs.getLong(4)));
        Map<LocalDateTime, List<Dirty>> closed = new TreeMap<>();
        // an open bucket stays marked: ReadingHistory reads its points from the raw tail
        rows.stream().filter(d -> !isOpen(d.bucket(), now))
                .forEach(d -> closed.computeIfAbsent(d.bucket(), k -> new ArrayList<>()).add(d));
        if (closed.isEmpty()) {
            return;
        }
        List<LocalDateTime> written = closed.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(d -> d.gen() != d.doneGen()))
                .map(Map.Entry::getKey).toList();
        if (!written.isEmpty()) {
            int[] allSeries = jdbc.list("list the series ids", "SELECT id FROM series ORDER BY id", rs -> rs.getInt(1))
                    .stream().mapToInt(Integer::intValue).toArray();
            counts[0] += rollUp(written, allSeries);
            for (LocalDateTime bucket : written) {
                for (Dirty d : closed.get(bucket)) {
                    // the gen read before the computation: a transaction committed meanwhile raised gen past it
                    jdbc.update("note a rolled-up bucket", "UPDATE rollup_dirty SET done_gen = ? WHERE bucket = ? AND shard = ?",
                            d.gen(), bucket, d.shard());
                }
            }
        }
        List<Integer> states = stateSeries();
        for (Map.Entry<LocalDateTime, List<Dirty>> e : closed.entrySet()) {
            LocalDateTime bucket = e.getKey();
            timeInState(bucket, stateSeriesWithPoints(bucket, null, states), now);
            for (Dirty d : e.getValue()) {
                jdbc.update("remove a closed bucket's mark", "DELETE FROM rollup_dirty WHERE bucket = ? AND shard = ? AND gen = ?",
                        bucket, d.shard(), d.gen());
            }
        }
    }

    private record Mark(int seriesId, LocalDateTime bucket, long gen) {
    }

    /** The per-series marks of late points, in rounds; true when some are left for the next run. */
    private boolean rollUpLateMarks(LocalDateTime now, int[] counts) {
        Mark last = new Mark(0, LocalDateTime.of(1970, 1, 1, 0, 0), 0);
        for (int round = 0; round < ROUNDS_PER_RUN; round++) {
            List<Mark> marks = jdbc.list("read the marks of late points", "SELECT series_id, bucket, gen FROM rollup_pending"
                            + " WHERE series_id > ? OR (series_id = ? AND bucket > ?) ORDER BY series_id, bucket LIMIT " + MARKS_PER_ROUND,
                    rs -> new Mark(rs.getInt(1), SqlTime.read(rs, 2), rs.getLong(3)), last.seriesId(), last.seriesId(), last.bucket());
            if (marks.isEmpty()) {
                return false;
            }
            last = marks.get(marks.size() - 1);
            Map<LocalDateTime, List<Integer>> byBucket = new TreeMap<>();
            marks.forEach(m -> byBucket.computeIfAbsent(m.bucket(), k -> new ArrayList<>()).add(m.seriesId()));
            int n = rollUpMarked(byBucket);
            counts[0] += n;
            counts[1] += n;
            List<Integer> states = stateSeries();
            for (Map.Entry<LocalDateTime, List<Integer>> e : byBucket.entrySet()) {
                timeInState(e.getKey(), stateSeriesWithPoints(e.getKey(), ids(e.getValue()), states), now);
            }
            jdbc.call("remove the marks of late points", c -> {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM rollup_pending WHERE series_id = ? AND bucket = ? AND gen = ?")) {
                    for (Mark m : marks) {
                        Jdbc.bind(ps, m.seriesId(), m.bucket(), m.gen());
                        ps.addBatch();
                    }
                    return ps.executeBatch();
                }
            });
            if (marks.size() < MARKS_PER_ROUND) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every series' 5-minute rows of {@code buckets} (closed ones, in order), then each hour and each day they fall
     * in once, from their sources (a series without points there writes no row). Returns the number of series x
     * buckets. Each statement is atomic on its own: a failure between them leaves the marks, and the next run
     * recomputes them all again.
     */
    int rollUp(List<LocalDateTime> buckets, int[] seriesIds) {
        Set<LocalDateTime> hours = new TreeSet<>();
        Set<LocalDateTime> days = new TreeSet<>();
        buckets.forEach(b -> {
            hours.add(Rollups.Resolution.H1.bucketOf(b));
            days.add(Rollups.Resolution.D1.bucketOf(b));
        });
        // every series of a closed bucket (200,000 at the bench's scale): the ids as they are, no set built of them
        return readCommitted("roll up " + buckets.size() + " closed 5-minute buckets", c -> {
            // finest first: an hour is summed from its 5-minute rows, a day from its hours
            for (LocalDateTime bucket : buckets) {
                upsertEach(c, seriesIds, RollupDuty::fiveMinutes, bucket, bucket.plusMinutes(5));
            }
            for (LocalDateTime hour : hours) {
                upsertEach(c, seriesIds, part -> fromFiner(Rollups.Resolution.H1, Rollups.Resolution.M5, part), hour, hour.plusHours(1));
            }
            for (LocalDateTime day : days) {
                upsertEach(c, seriesIds, part -> fromFiner(Rollups.Resolution.D1, Rollups.Resolution.H1, part), day, day.plusDays(1));
            }
            return seriesIds.length * buckets.size();
        });
    }

    /**
     * Recomputes each 5-minute bucket of {@code byBucket} for its series, then each hour and each day they
     * fall in once, for the series of all its buckets: late points of a backlog (a collector back after an
     * outage, a history import) mark many buckets of one hour and day, and recomputing the hour and the day
     * after every bucket wrote them up to 12 and 288 times. Returns the number of series x buckets.
     */
    int rollUpMarked(Map<LocalDateTime, List<Integer>> byBucket) {
        Map<LocalDateTime, Set<Integer>> hours = new TreeMap<>();
        Map<LocalDateTime, Set<Integer>> days = new TreeMap<>();
        byBucket.forEach((bucket, ids) -> {
            hours.computeIfAbsent(Rollups.Resolution.H1.bucketOf(bucket), k -> new TreeSet<>()).addAll(ids);
            days.computeIfAbsent(Rollups.Resolution.D1.bucketOf(bucket), k -> new TreeSet<>()).addAll(ids);
        });
        return readCommitted("roll up " + byBucket.size() + " marked 5-minute buckets", c -> {
            int n = 0;
            // finest first: an hour is summed from its 5-minute rows, a day from its hours
            for (Map.Entry<LocalDateTime, List<Integer>> e : byBucket.entrySet()) {
                LocalDateTime bucket = e.getKey();
                upsertEach(c, ids(e.getValue()), RollupDuty::fiveMinutes, bucket, bucket.plusMinutes(5));
                n += e.getValue().size();
            }
            for (Map.Entry<LocalDateTime, Set<Integer>> e : hours.entrySet()) {
                upsertEach(c, ids(e.getValue()), part -> fromFiner(Rollups.Resolution.H1, Rollups.Resolution.M5, part),
                        e.getKey(), e.getKey().plusHours(1));
            }
            for (Map.Entry<LocalDateTime, Set<Integer>> e : days.entrySet()) {
                upsertEach(c, ids(e.getValue()), part -> fromFiner(Rollups.Resolution.D1, Rollups.Resolution.H1, part),
                        e.getKey(), e.getKey().plusDays(1));
            }
            return n;
        });
    }

    /**
     * The roll-up statements in READ COMMITTED (the class comment says why), the connection's own level
     * given back after.
     */
    private <R> R readCommitted(String what, Jdbc.Work<R> work) {
        return jdbc.call(what, c -> {
            int before = c.getTransactionIsolation();
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            try {
                return work.apply(c);
            } finally {
                c.setTransactionIsolation(before);
            }
        });
    }

    /** One upsert of {@code sql} (by the number of ids it binds) for each statement-sized part of the ids. */
    private static void upsertEach(Connection c, int[] seriesIds, IntFunction<String> sql, LocalDateTime from, LocalDateTime to)
            throws SQLException {
        for (int at = 0; at < seriesIds.length; at += IDS_PER_STATEMENT[IDS_PER_STATEMENT.length - 1]) {
            int[] part = padded(seriesIds, at);
            upsert(c, sql.apply(part.length), part, from, to);
        }
    }

    private static int[] ids(Collection<Integer> ids) {
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The ids from {@code from} on, at most the largest statement size, padded with the last id to a statement size. */
    private static int[] padded(int[] ids, int from) {
        int n = Math.min(ids.length - from, IDS_PER_STATEMENT[IDS_PER_STATEMENT.length - 1]);
        int size = Arrays.stream(IDS_PER_STATEMENT).filter(s -> s >= n).findFirst().orElseThrow();
        int[] out = Arrays.copyOfRange(ids, from, from + size);
        Arrays.fill(out, n, size, ids[from + n - 1]); // a repeated id in an IN list is one range
        return out;
    }

    /** Binds the ids and the bucket's range (for the aggregate and for the partition pruning of the join back). */
    private static int upsert(Connection c, String sql, int[] ids, LocalDateTime from, LocalDateTime to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int p = 1;
            ps.setObject(p++, from);
            for (int id : ids) {
                ps.setInt(p++, id);
            }
            ps.setObject(p++, from);
            ps.setObject(p++, to);
            ps.setObject(p++, from);
            ps.setObject(p, to);
            return ps.executeUpdate();
        }
    }

    private static String in(int n) {
        return "(" + "?,".repeat(n - 1) + "?)";
    }

    /**
     * A 5-minute bucket from the raw points: the aggregates by series over the bucket's primary-key
     * ranges (IN list x time range: one index range per series, in the bucket's day partition), the last
     * point's value and text joined back by its key. The constant time range on the join keeps it to
     * that partition (without it, every day partition is probed for each series).
     */
    private static String fiveMinutes(int ids) {
        return "INSERT INTO rollup_5m" + COLUMNS
                + "SELECT a.series_id, ?, a.n, a.n_value, a.min_value, a.max_value, a.sum_value, a.last_ts, p.value, p.text_value"
                + " FROM (SELECT series_id, COUNT(*) n, COUNT(value) n_value, MIN(value) min_value, MAX(value) max_value,"
                + " SUM(value) sum_value, MAX(ts) last_ts FROM series_point WHERE series_id IN " + in(ids)
                + " AND ts >= ? AND ts < ? GROUP BY series_id) a"
                + " JOIN series_point p ON p.series_id = a.series_id AND p.ts = a.last_ts AND p.ts >= ? AND p.ts < ?" + UPDATE;
    }

    /**
     * An hour from its 5-minute rows, or a day from its hours. The last of the finer rows is the one with
     * the latest bucket (a row exists only with points, and the buckets do not overlap).
     */
    private static String fromFiner(Rollups.Resolution coarse, Rollups.Resolution fine, int ids) {
        return "INSERT INTO " + coarse.table + COLUMNS
                + "SELECT a.series_id, ?, a.n, a.n_value, a.min_value, a.max_value, a.sum_value, a.last_ts, f.last_value, f.last_text"
                + " FROM (SELECT series_id, SUM(n) n, SUM(n_value) n_value, MIN(min_value) min_value, MAX(max_value) max_value,"
                + " SUM(sum_value) sum_value, MAX(last_ts) last_ts, MAX(bucket) last_bucket FROM " + fine.table
                + " WHERE series_id IN " + in(ids) + " AND bucket >= ? AND bucket < ? GROUP BY series_id) a"
                + " JOIN " + fine.table + " f ON f.series_id = a.series_id AND f.bucket = a.last_bucket AND f.bucket >= ? AND f.bucket < ?"
                + UPDATE;
    }

    private List<Integer> stateSeries() {
        return jdbc.list("list the state series", "SELECT id FROM series WHERE kind = ? ORDER BY id",
                rs -> rs.getInt(1), Series.STATE);
    }

    /** The state series among {@code ids} (all when null) with points in the 5-minute bucket; {@code stateSeries}: all of them. */
    private List<Integer> stateSeriesWithPoints(LocalDateTime bucket, int[] ids, List<Integer> stateSeries) {
        List<Integer> states = new ArrayList<>(stateSeries);
        if (ids != null) {
            Set<Integer> among = new LinkedHashSet<>();
            Arrays.stream(ids).forEach(among::add);
            states.retainAll(among);
        }
        List<Integer> out = new ArrayList<>();
        for (int from = 0; from < states.size(); from += 1_000) {
            List<Integer> part = states.subList(from, Math.min(states.size(), from + 1_000));
            List<Object> params = new ArrayList<>(part);
            params.add(bucket);
            params.add(bucket.plusMinutes(5));
            out.addAll(jdbc.list("find the state series with points", "SELECT DISTINCT series_id FROM series_point WHERE series_id IN "
                    + in(part.size()) + " AND ts >= ? AND ts < ?", rs -> rs.getInt(1), params.toArray()));
        }
        return out;
    }

    /**
     * Once a 5-minute bucket closed, the time in each state of its hour so far (and of the next hour
     * when a point near the hour's end holds into it) for the state series with points in it.
     */
    private void timeInState(LocalDateTime bucket, List<Integer> seriesIds, LocalDateTime now) {
        if (seriesIds.isEmpty()) {
            return;
        }
        LocalDateTime hour = Rollups.Resolution.H1.bucketOf(bucket);
        Map<LocalDateTime, Boolean> hours = new LinkedHashMap<>();
        hours.put(hour, true);
        if (bucket.plusMinutes(5).plus(STATE_MAX_GAP).isAfter(hour.plusHours(1)) && hour.plusHours(1).isBefore(now)) {
            hours.put(hour.plusHours(1), true);
        }
        // two instances' runs (or a run and a late mark's) rewrite the same hour: InnoDB may pick one as a
        // deadlock victim (1213); the rewrite is idempotent (delete + insert from the raw points), so retry it
        jdbc.inTransactionRetrying("write the time in state of " + seriesIds.size() + " series", c -> {
            for (int id : seriesIds) {
                for (LocalDateTime h : hours.keySet()) {
                    writeTimeInState(c, id, h, now);
                }
            }
            return null;
        });
    }

    /**
     * Rewrites the hour's time-in-state rows of a state series from its raw points in [hour, end) and
     * the point before, which holds at most {@link #STATE_MAX_GAP} into the hour; {@code end} is now for
     * an hour still running (rewritten when its next bucket closes) and is capped at the hour's end.
     */
    private static void writeTimeInState(Connection c, int seriesId, LocalDateTime hour, LocalDateTime end) throws SQLException {
        LocalDateTime until = end.isAfter(hour.plusHours(1)) ? hour.plusHours(1) : end;
        List<ReadingHistory.Point> points = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "(SELECT ts, value, text_value FROM series_point WHERE series_id = ? AND ts >= ? AND ts < ? ORDER BY ts DESC LIMIT 1)"
                        + " UNION ALL (SELECT ts, value, text_value FROM series_point WHERE series_id = ? AND ts >= ? AND ts < ?)"
                        + " ORDER BY ts")) {
            Jdbc.bind(ps, seriesId, hour.minus(STATE_MAX_GAP), hour, seriesId, hour, until);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Double v = nullableDouble(rs, 2);
                    points.add(new ReadingHistory.Point(SqlTime.instant(rs, 1), v, v, v, rs.getString(3), 1));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM rollup_state_1h WHERE series_id = ? AND bucket = ?")) {
            Jdbc.bind(ps, seriesId, hour);
            ps.executeUpdate();
        }
        List<TimeInState.Share> shares = TimeInState.shares(points, SqlTime.instant(hour), SqlTime.instant(until), STATE_MAX_GAP);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO rollup_state_1h"
                + " (series_id, bucket, state_key, state_text, state_value, seconds) VALUES (?,?,?,?,?,?)")) {
            int n = 0;
            for (TimeInState.Share share : shares) {
                if (!share.noData() && share.seconds() > 0) {
                    Jdbc.bind(ps, seriesId, hour, TimeInState.key(share.text(), share.value()), share.text(), share.value(), share.seconds());
                    ps.addBatch();
                    n++;
                }
            }
            if (n > 0) {
                ps.executeBatch();
            }
        }
    }

    static Double nullableDouble(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }
}
