package vn.dcim.core.telemetry;

import vn.dcim.core.text.Phrase;

import jakarta.inject.Singleton;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.db.SqlTime;
import vn.dcim.core.schedule.Duty;
import vn.dcim.core.schedule.DutyOutcome;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the 5-minute, hourly and daily roll-ups up to date from the buckets the writers marked in
 * {@code rollup_pending}: each marked 5-minute bucket is recomputed from its raw points (one primary
 * key range), each hour it lies in from its twelve 5-minute rows, each day from its 24 hours. Nothing
 * rescans history, and recomputing a bucket twice gives the same row, so a crash between the upserts
 * and the removal of the marks only makes the next run do the work again. A mark is removed only if
 * its gen did not move meanwhile: a point that arrived while its bucket was being computed keeps it.
 * The reads are plain (snapshot) reads: the collectors' inserts never wait on them. The mark of a
 * bucket still open (until {@link #GRACE} after its end) is kept, so that a writer that marked it once
 * need not mark it again for every point (JdbcReadingStore) and the bucket is recomputed on each run
 * until it closes.
 *
 * <p>An open bucket is recomputed on every run, but written, and carried up into its hour and day,
 * only when it changed since this instance last wrote it: at 50,000 series polled a minute and a run
 * every 15 s, writing every open bucket with its hour and day was about 150,000 upserts a run, ten
 * times the collectors' own writes; most runs find a bucket as it was. The memory of what was written
 * is a cache only: after a restart, or on another instance of a pair, every bucket is written once
 * again, with the same values.
 */
@Singleton
public class RollupDuty implements Duty {
    static final int MARKS_PER_ROUND = 2_000;
    static final int ROUNDS_PER_RUN = 50;
    /** Beyond a bucket's end, for points in flight and clocks a little apart. */
    static final Duration GRACE = Duration.ofMinutes(2);

    private record Mark(int seriesId, LocalDateTime bucket, long gen, boolean state) {
        Mark(int seriesId, LocalDateTime bucket, long gen) {
            this(seriesId, bucket, gen, false);
        }
    }

    /**
     * The longest a state holds without a new point in the hourly time-in-state rows: the API's default
     * (TimeInState), so that the hours read from roll-ups and from raw points agree.
     */
    static final Duration STATE_MAX_GAP = Duration.ofMinutes(15);

    private final Jdbc jdbc;
    /** The 5-minute buckets this instance last wrote while they were open, by series@start. */
    private final Map<String, Rollups.Bucket> writtenOpen = new ConcurrentHashMap<>();

    RollupDuty(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String id() {
        return "reading-rollups";
    }

    @Override
    public String description() {
        return "Roll the readings up into 5-minute, hourly and daily min/max/average/last for charts and reports (Art. 6.2, 30.7a)";
    }

    @Override
    public String defaultCron() {
        return "0/15 * * * * ?";
    }

    @Override
    public DutyOutcome run(Instant now) {
        int done = 0;
        int written = 0;
        LocalDateTime wallNow = SqlTime.of(now);
        // buckets whose marks another instance removed: long closed, never asked about again
        writtenOpen.values().removeIf(b -> b.start().plusMinutes(15).isBefore(wallNow));
        // keyset paging: the marks of open buckets stay, so each round starts after the last one seen
        Mark[] last = {new Mark(0, LocalDateTime.MIN, 0)};
        for (int round = 0; round < ROUNDS_PER_RUN; round++) {
            Round r;
            try {
                r = jdbc.inTransaction("roll up readings", c -> round(c, wallNow, last));
            } catch (RuntimeException e) {
                writtenOpen.clear(); // the cache may name writes that were rolled back
                throw e;
            }
            // remembered only once committed: a bucket remembered but rolled back would never be written
            writtenOpen.putAll(r.open());
            r.closed().forEach(writtenOpen::remove);
            written += r.written();
            int n = r.marks();
            done += n;
            if (n < MARKS_PER_ROUND) {
                return DutyOutcome.ok(Phrase.of("duty.outcome.rollup", "Rolled up {0} 5-minute buckets, {1} of them changed", done, written));
            }
        }
        return DutyOutcome.warning("Rolled up " + done + " 5-minute buckets, " + written
                + " of them changed; more are waiting for the next run");
    }

    /** Whether the 5-minute bucket starting at {@code start} may still receive points at {@code now}. */
    static boolean isOpen(LocalDateTime start, LocalDateTime now) {
        return now.isBefore(start.plusMinutes(5).plus(GRACE));
    }

    /** What a round did: marks handled, buckets written, open buckets written and marks closed. */
    private record Round(int marks, int written, Map<String, Rollups.Bucket> open, List<String> closed) {
    }

    /** Rolls up one round of marks. */
    private Round round(Connection c, LocalDateTime now, Mark[] last) throws SQLException {
        List<Mark> marks = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT p.series_id, p.bucket, p.gen, s.kind = 'state' FROM rollup_pending p"
                + " JOIN series s ON s.id = p.series_id"
                + " WHERE p.series_id > ? OR (p.series_id = ? AND p.bucket > ?) ORDER BY p.series_id, p.bucket LIMIT " + MARKS_PER_ROUND)) {
            ps.setInt(1, last[0].seriesId());
            ps.setInt(2, last[0].seriesId());
            ps.setObject(3, last[0].bucket() == LocalDateTime.MIN ? LocalDateTime.of(1970, 1, 1, 0, 0) : last[0].bucket());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    marks.add(new Mark(rs.getInt(1), SqlTime.read(rs, 2), rs.getLong(3), rs.getBoolean(4)));
                }
            }
        }
        if (!marks.isEmpty()) {
            last[0] = marks.get(marks.size() - 1);
        }
        if (marks.isEmpty()) {
            return new Round(0, 0, Map.of(), List.of());
        }
        Map<String, List<Rollups.Bucket>> pointsByBucket = new LinkedHashMap<>();
        List<Mark> fiveMinuteBuckets = marks.stream().map(m -> new Mark(m.seriesId(), m.bucket(), 0)).toList();
        readRanges(c, "SELECT series_id, ts, value, text_value FROM series_point", "ts", fiveMinuteBuckets, 5, rs -> {
            int series = rs.getInt(1);
            LocalDateTime ts = SqlTime.read(rs, 2);
            double v = rs.getDouble(3);
            Rollups.Bucket point = Rollups.Bucket.point(series, ts, rs.wasNull() ? null : v, rs.getString(4));
            pointsByBucket.computeIfAbsent(series + "@" + Rollups.fiveMinutesOf(ts), k -> new ArrayList<>()).add(point);
        });
        Map<String, Rollups.Bucket> fiveMinutes = new LinkedHashMap<>();
        for (Mark m : marks) {
            String key = m.seriesId() + "@" + m.bucket();
            Rollups.Bucket b = Rollups.Bucket.merge(m.bucket(), pointsByBucket.getOrDefault(key, List.of()));
            if (b != null && !b.equals(writtenOpen.get(key))) {
                fiveMinutes.put(key, b);
            }
        }
        upsert(c, Rollups.Resolution.M5, fiveMinutes.values());
        List<Rollups.Bucket> hours = recompute(c, Rollups.Resolution.H1, Rollups.Resolution.M5, fiveMinutes.values());
        upsert(c, Rollups.Resolution.H1, hours);
        upsert(c, Rollups.Resolution.D1, recompute(c, Rollups.Resolution.D1, Rollups.Resolution.H1, hours));
        Map<String, Rollups.Bucket> open = new LinkedHashMap<>();
        List<String> closedKeys = new ArrayList<>();
        Map<Mark, LocalDateTime> stateHours = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM rollup_pending WHERE series_id = ? AND bucket = ? AND gen = ?")) {
            int closed = 0;
            for (Mark m : marks) {
                String key = m.seriesId() + "@" + m.bucket();
                if (isOpen(m.bucket(), now)) {
                    Rollups.Bucket b = fiveMinutes.get(key);
                    if (b != null) {
                        open.put(key, b);
                    }
                } else {
                    closedKeys.add(key);
                    if (m.state()) {
                        // the hour's time in each state so far; a point near the hour's end holds into the next one
                        LocalDateTime hour = Rollups.Resolution.H1.bucketOf(m.bucket());
                        stateHours.put(new Mark(m.seriesId(), hour, 0), now);
                        if (m.bucket().plusMinutes(5).plus(STATE_MAX_GAP).isAfter(hour.plusHours(1)) && hour.plusHours(1).isBefore(now)) {
                            stateHours.put(new Mark(m.seriesId(), hour.plusHours(1), 0), now);
                        }
                    }
                    ps.setInt(1, m.seriesId());
                    ps.setObject(2, m.bucket());
                    ps.setLong(3, m.gen());
                    ps.addBatch();
                    closed++;
                }
            }
            if (closed > 0) {
                ps.executeBatch();
            }
        }
        for (Map.Entry<Mark, LocalDateTime> hour : stateHours.entrySet()) {
            writeTimeInState(c, hour.getKey().seriesId(), hour.getKey().bucket(), hour.getValue());
        }
        return new Round(marks.size(), fiveMinutes.size(), open, closedKeys);
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

    /** The coarser buckets that the changed finer ones lie in, each recomputed from all its finer rows. */
    private static List<Rollups.Bucket> recompute(Connection c, Rollups.Resolution coarse, Rollups.Resolution fine,
                                                  Iterable<Rollups.Bucket> changed) throws SQLException {
        TreeMap<String, Mark> touched = new TreeMap<>();
        for (Rollups.Bucket b : changed) {
            LocalDateTime start = coarse.bucketOf(b.start());
            touched.putIfAbsent(b.seriesId() + "@" + start, new Mark(b.seriesId(), start, 0));
        }
        Map<String, List<Rollups.Bucket>> partsByBucket = new LinkedHashMap<>();
        readRanges(c, "SELECT series_id, bucket, n, n_value, min_value, max_value, sum_value, last_ts, last_value, last_text FROM "
                + fine.table, "bucket", List.copyOf(touched.values()), coarse.minutes, rs -> {
            int series = rs.getInt(1);
            LocalDateTime bucket = SqlTime.read(rs, 2);
            partsByBucket.computeIfAbsent(series + "@" + coarse.bucketOf(bucket), k -> new ArrayList<>())
                    .add(new Rollups.Bucket(series, bucket, rs.getLong(3), rs.getLong(4), nullableDouble(rs, 5),
                            nullableDouble(rs, 6), nullableDouble(rs, 7), SqlTime.read(rs, 8), nullableDouble(rs, 9), rs.getString(10)));
        });
        List<Rollups.Bucket> out = new ArrayList<>();
        for (Mark m : touched.values()) {
            Rollups.Bucket b = Rollups.Bucket.merge(m.bucket(), partsByBucket.getOrDefault(m.seriesId() + "@" + m.bucket(), List.of()));
            if (b != null) {
                out.add(b);
            }
        }
        return out;
    }

    /** Ranges of one query: at 50,000 series a query a bucket was ~150,000 round trips a run. */
    private static final int RANGES_PER_QUERY = 100;

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /**
     * Reads the rows of many buckets ({@code series_id}, [start, start + minutes)) with one query per
     * {@link #RANGES_PER_QUERY}: a disjunction of primary-key ranges, which MariaDB reads as that many
     * index ranges, each in its own day partition.
     */
    private static void readRanges(Connection c, String select, String column, List<Mark> buckets, int minutes,
                                   RowReader reader) throws SQLException {
        for (int from = 0; from < buckets.size(); from += RANGES_PER_QUERY) {
            List<Mark> part = buckets.subList(from, Math.min(buckets.size(), from + RANGES_PER_QUERY));
            StringBuilder sql = new StringBuilder(select).append(" WHERE ");
            for (int i = 0; i < part.size(); i++) {
                sql.append(i == 0 ? "" : " OR ").append("(series_id = ? AND ").append(column).append(" >= ? AND ")
                        .append(column).append(" < ?)");
            }
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int p = 1;
                for (Mark m : part) {
                    ps.setInt(p++, m.seriesId());
                    ps.setObject(p++, m.bucket());
                    ps.setObject(p++, m.bucket().plusMinutes(minutes));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        reader.read(rs);
                    }
                }
            }
        }
    }

    private static void upsert(Connection c, Rollups.Resolution resolution, Iterable<Rollups.Bucket> buckets) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + resolution.table
                + " (series_id, bucket, n, n_value, min_value, max_value, sum_value, last_ts, last_value, last_text)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?) ON DUPLICATE KEY UPDATE n = VALUES(n), n_value = VALUES(n_value),"
                + " min_value = VALUES(min_value), max_value = VALUES(max_value), sum_value = VALUES(sum_value),"
                + " last_ts = VALUES(last_ts), last_value = VALUES(last_value), last_text = VALUES(last_text)")) {
            int n = 0;
            for (Rollups.Bucket b : buckets) {
                ps.setInt(1, b.seriesId());
                ps.setObject(2, b.start());
                ps.setLong(3, b.n());
                ps.setLong(4, b.nValue());
                setDouble(ps, 5, b.min());
                setDouble(ps, 6, b.max());
                setDouble(ps, 7, b.sum());
                ps.setObject(8, b.lastTs());
                setDouble(ps, 9, b.lastValue());
                ps.setString(10, b.lastText());
                ps.addBatch();
                n++;
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

    private static void setDouble(PreparedStatement ps, int at, Double v) throws SQLException {
        if (v == null) {
            ps.setNull(at, Types.DOUBLE);
        } else {
            ps.setDouble(at, v);
        }
    }
}
