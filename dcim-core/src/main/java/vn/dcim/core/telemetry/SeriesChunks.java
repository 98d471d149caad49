package vn.dcim.core.telemetry;

import vn.dcim.core.db.SqlTime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The queries of the compressed chunks (V115, issue 36) on a connection the caller holds: the points of
 * the chunks a window overlaps, and folding a closed series-day's rows into its chunk. Plain JDBC and
 * JDK only, so that bench/readings converts and reads with this very class.
 *
 * <p>A point of a pending 5-minute bucket is always a row: RollupDuty recomputes a bucket from rows,
 * so a day is chunked only once its buckets are rolled up, and when a late point lands in a chunked
 * day the chunk's points of that bucket go back to rows (and the bucket is marked again) before the
 * point is folded in. No point is ever lost or read twice: a day's rows and chunk change in one
 * transaction that locks both, and a read merges them, the chunk winning a time both hold (it was
 * written first, as INSERT IGNORE keeps the first).
 */
public final class SeriesChunks {

    /** What folding one series-day did. */
    public enum Fold {
        /** Its rows are in the chunk now. */
        CHUNKED,
        /** Late rows met chunked points in their buckets: those went back to rows, to be rolled up again. */
        SPILLED,
        /** A point without number or with a text: the day stays rows. */
        KEPT_AS_ROWS,
        /** A bucket of the day waits for RollupDuty. */
        WAITING_FOR_ROLLUP,
        /** No rows: nothing to do. */
        NOTHING
    }

    private SeriesChunks() {
    }

    /** The chunked points of a series in [from, to), oldest first (UTC wall-clock times, as stored). */
    public static PointCodec.Points read(Connection c, int seriesId, LocalDateTime from, LocalDateTime to) throws SQLException {
        List<PointCodec.Points> chunks = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT points FROM series_chunk WHERE series_id = ? AND day >= ? AND day <= ?"
                + " AND first_ts < ? AND last_ts >= ? ORDER BY day")) {
            bind(ps, seriesId, from.toLocalDate(), to.toLocalDate(), to, from);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    chunks.add(PointCodec.decode(rs.getBytes(1)));
                }
            }
        }
        long lo = millis(from);
        long hi = millis(to);
        int n = 0;
        for (PointCodec.Points p : chunks) {
            n += p.size();
        }
        long[] times = new long[n];
        double[] values = new double[n];
        int k = 0;
        for (PointCodec.Points p : chunks) {
            for (int i = 0; i < p.size(); i++) {
                if (p.times()[i] >= lo && p.times()[i] < hi) {
                    times[k] = p.times()[i];
                    values[k++] = p.values()[i];
                }
            }
        }
        return new PointCodec.Points(java.util.Arrays.copyOf(times, k), java.util.Arrays.copyOf(values, k));
    }

    /** The earliest chunked time of a series, or null. */
    public static LocalDateTime first(Connection c, int seriesId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(first_ts) FROM series_chunk WHERE series_id = ?")) {
            bind(ps, seriesId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return SqlTime.read(rs, 1);
            }
        }
    }

    /**
     * Folds the rows of one gauge series' closed UTC day into its chunk. Run it in a transaction of its
     * own (the caller commits): the chunk row and the day's rows are locked (FOR UPDATE, gaps too), so a
     * point written meanwhile waits and lands as a row after the commit, never between read and delete.
     */
    public static Fold fold(Connection c, int seriesId, LocalDate day) throws SQLException {
        LocalDateTime from = day.atStartOfDay();
        LocalDateTime to = from.plusDays(1);
        byte[] stored = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT points FROM series_chunk WHERE day = ? AND series_id = ? FOR UPDATE")) {
            bind(ps, day, seriesId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    stored = rs.getBytes(1);
                }
            }
        }
        TreeMap<Long, Double> rows = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ts, value, text_value FROM series_point"
                + " WHERE series_id = ? AND ts >= ? AND ts < ? ORDER BY ts FOR UPDATE")) {
            bind(ps, seriesId, from, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double v = rs.getDouble(2);
                    if (rs.wasNull() || rs.getString(3) != null) {
                        return Fold.KEPT_AS_ROWS;
                    }
                    rows.put(millis(SqlTime.read(rs, 1)), v);
                }
            }
        }
        if (rows.isEmpty()) {
            return Fold.NOTHING;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM rollup_pending WHERE series_id = ? AND bucket >= ? AND bucket < ? LIMIT 1")) {
            bind(ps, seriesId, from, to);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return Fold.WAITING_FOR_ROLLUP;
                }
            }
        }
        TreeMap<Long, Double> chunk = new TreeMap<>();
        if (stored != null) {
            PointCodec.Points p = PointCodec.decode(stored);
            for (int i = 0; i < p.size(); i++) {
                chunk.put(p.times()[i], p.values()[i]);
            }
        }
        Set<Long> lateBuckets = new TreeSet<>();
        for (long t : rows.keySet()) {
            lateBuckets.add(bucket(t));
        }
        TreeMap<Long, Double> spill = new TreeMap<>();
        chunk.entrySet().removeIf(e -> {
            if (lateBuckets.contains(bucket(e.getKey()))) {
                spill.put(e.getKey(), e.getValue());
                return true;
            }
            return false;
        });
        if (!spill.isEmpty()) {
            // the roll-up of these buckets saw the late rows only: give it every point again
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO series_point (series_id, ts, value, text_value) VALUES (?,?,?,NULL)"
                    + " ON DUPLICATE KEY UPDATE value = VALUES(value), text_value = NULL")) {
                for (var e : spill.entrySet()) {
                    bind(ps, seriesId, time(e.getKey()), e.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO rollup_pending (series_id, bucket) VALUES (?,?)"
                    + " ON DUPLICATE KEY UPDATE gen = gen + 1")) {
                for (long b : lateBuckets) {
                    bind(ps, seriesId, time(b));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            write(c, seriesId, day, chunk);
            return Fold.SPILLED;
        }
        rows.forEach(chunk::putIfAbsent);
        write(c, seriesId, day, chunk);
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM series_point WHERE series_id = ? AND ts >= ? AND ts < ?")) {
            bind(ps, seriesId, from, to);
            ps.executeUpdate();
        }
        return Fold.CHUNKED;
    }

    private static void write(Connection c, int seriesId, LocalDate day, TreeMap<Long, Double> points) throws SQLException {
        if (points.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM series_chunk WHERE day = ? AND series_id = ?")) {
                bind(ps, day, seriesId);
                ps.executeUpdate();
            }
            return;
        }
        long[] times = new long[points.size()];
        double[] values = new double[points.size()];
        int i = 0;
        for (var e : points.entrySet()) {
            times[i] = e.getKey();
            values[i++] = e.getValue();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO series_chunk (day, series_id, first_ts, last_ts, n, points) VALUES (?,?,?,?,?,?)"
                + " ON DUPLICATE KEY UPDATE first_ts = VALUES(first_ts), last_ts = VALUES(last_ts), n = VALUES(n), points = VALUES(points)")) {
            bind(ps, day, seriesId, time(times[0]), time(times[times.length - 1]), times.length, PointCodec.encode(times, values));
            ps.executeUpdate();
        }
    }

    /** The start of the 5-minute bucket of a time, as RollupDuty marks it. */
    private static long bucket(long millis) {
        return millis - Math.floorMod(millis, 300_000L);
    }

    static long millis(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    static LocalDateTime time(long millis) {
        return LocalDateTime.ofEpochSecond(Math.floorDiv(millis, 1000L), (int) Math.floorMod(millis, 1000L) * 1_000_000, ZoneOffset.UTC);
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }
}
