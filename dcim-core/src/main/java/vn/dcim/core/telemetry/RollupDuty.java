package vn.dcim.core.telemetry;

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
 */
@Singleton
public class RollupDuty implements Duty {
    static final int MARKS_PER_ROUND = 2_000;
    static final int ROUNDS_PER_RUN = 50;
    /** Beyond a bucket's end, for points in flight and clocks a little apart. */
    static final Duration GRACE = Duration.ofMinutes(2);

    private record Mark(int seriesId, LocalDateTime bucket, long gen) {
    }

    private final Jdbc jdbc;

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
        LocalDateTime wallNow = SqlTime.of(now);
        // keyset paging: the marks of open buckets stay, so each round starts after the last one seen
        Mark[] last = {new Mark(0, LocalDateTime.MIN, 0)};
        for (int round = 0; round < ROUNDS_PER_RUN; round++) {
            int n = jdbc.inTransaction("roll up readings", c -> round(c, wallNow, last));
            done += n;
            if (n < MARKS_PER_ROUND) {
                return DutyOutcome.ok("Rolled up " + done + " 5-minute buckets");
            }
        }
        return DutyOutcome.warning("Rolled up " + done + " 5-minute buckets; more are waiting for the next run");
    }

    /** Whether the 5-minute bucket starting at {@code start} may still receive points at {@code now}. */
    static boolean isOpen(LocalDateTime start, LocalDateTime now) {
        return now.isBefore(start.plusMinutes(5).plus(GRACE));
    }

    /** Rolls up one round of marks; returns how many marks it handled. */
    private int round(Connection c, LocalDateTime now, Mark[] last) throws SQLException {
        List<Mark> marks = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT series_id, bucket, gen FROM rollup_pending"
                + " WHERE series_id > ? OR (series_id = ? AND bucket > ?) ORDER BY series_id, bucket LIMIT " + MARKS_PER_ROUND)) {
            ps.setInt(1, last[0].seriesId());
            ps.setInt(2, last[0].seriesId());
            ps.setObject(3, last[0].bucket() == LocalDateTime.MIN ? LocalDateTime.of(1970, 1, 1, 0, 0) : last[0].bucket());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    marks.add(new Mark(rs.getInt(1), SqlTime.read(rs, 2), rs.getLong(3)));
                }
            }
        }
        if (!marks.isEmpty()) {
            last[0] = marks.get(marks.size() - 1);
        }
        if (marks.isEmpty()) {
            return 0;
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
            Rollups.Bucket b = Rollups.Bucket.merge(m.bucket(), pointsByBucket.getOrDefault(m.seriesId() + "@" + m.bucket(), List.of()));
            if (b != null) {
                fiveMinutes.put(m.seriesId() + "@" + m.bucket(), b);
            }
        }
        upsert(c, Rollups.Resolution.M5, fiveMinutes.values());
        List<Rollups.Bucket> hours = recompute(c, Rollups.Resolution.H1, Rollups.Resolution.M5, fiveMinutes.values());
        upsert(c, Rollups.Resolution.H1, hours);
        upsert(c, Rollups.Resolution.D1, recompute(c, Rollups.Resolution.D1, Rollups.Resolution.H1, hours));
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM rollup_pending WHERE series_id = ? AND bucket = ? AND gen = ?")) {
            int closed = 0;
            for (Mark m : marks) {
                if (!isOpen(m.bucket(), now)) {
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
        return marks.size();
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
