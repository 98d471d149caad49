package vn.dcim.core.telemetry;

import vn.dcim.core.db.LongStatements;
import vn.dcim.core.db.SqlTime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The queries of the compressed chunks (V115) on a connection the caller holds: the points of
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
     * Folds the rows of one gauge series' closed UTC day into its chunk: {@link #fold(Connection, List, LocalDate)}
     * for one series.
     */
    public static Fold fold(Connection c, int seriesId, LocalDate day) throws SQLException {
        return fold(c, List.of(seriesId), day).get(seriesId);
    }

    /**
     * Folds the rows of many gauge series' closed UTC day into their chunks, set-based: one read of the
     * day's chunks and rows of all of them, one multi-row write of the chunks and one delete of the
     * folded rows (one statement per series-day made the conversion of a year's history take
     * hours). Run it in a transaction of its own (the caller commits): the chunk rows and the day's rows
     * are locked (FOR UPDATE, gaps too), so a point written meanwhile waits and lands as a row after the
     * commit, never between read and delete. Each series gets its own outcome, as if folded alone.
     */
    public static Map<Integer, Fold> fold(Connection c, List<Integer> seriesIds, LocalDate day) throws SQLException {
        Map<Integer, Fold> outcome = new LinkedHashMap<>();
        if (seriesIds.isEmpty()) {
            return outcome;
        }
        LocalDateTime from = day.atStartOfDay();
        LocalDateTime to = from.plusDays(1);
        String ids = seriesIds.stream().map(i -> Integer.toString(i)).collect(Collectors.joining(","));
        Map<Integer, byte[]> stored = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT series_id, points FROM series_chunk WHERE day = ? AND series_id IN (" + ids + ") FOR UPDATE")) {
            bind(ps, day);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getInt(1), rs.getBytes(2));
                }
            }
        }
        // the day's rows, series by series in time order (the primary key's order)
        Map<Integer, PointCodec.Points> rows = new LinkedHashMap<>();
        Set<Integer> keptAsRows = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT series_id, ts, value, text_value FROM series_point"
                + " WHERE series_id IN (" + ids + ") AND ts >= ? AND ts < ? ORDER BY series_id, ts FOR UPDATE")) {
            bind(ps, from, to);
            try (ResultSet rs = ps.executeQuery()) {
                int current = -1;
                long[] times = new long[1440];
                double[] values = new double[1440];
                int n = 0;
                while (rs.next()) {
                    int id = rs.getInt(1);
                    if (id != current) {
                        if (n > 0) {
                            rows.put(current, new PointCodec.Points(Arrays.copyOf(times, n), Arrays.copyOf(values, n)));
                        }
                        current = id;
                        n = 0;
                    }
                    double v = rs.getDouble(3);
                    if (rs.wasNull() || rs.getString(4) != null) {
                        keptAsRows.add(id);
                    }
                    if (n == times.length) {
                        times = Arrays.copyOf(times, n * 2);
                        values = Arrays.copyOf(values, n * 2);
                    }
                    times[n] = millis(SqlTime.read(rs, 2));
                    values[n++] = v;
                }
                if (n > 0) {
                    rows.put(current, new PointCodec.Points(Arrays.copyOf(times, n), Arrays.copyOf(values, n)));
                }
            }
        }
        Set<Integer> waiting = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT series_id FROM rollup_pending WHERE series_id IN (" + ids + ")"
                + " AND bucket >= ? AND bucket < ?")) {
            bind(ps, from, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    waiting.add(rs.getInt(1));
                }
            }
        }
        Map<Integer, PointCodec.Points> chunks = new LinkedHashMap<>();
        for (int id : seriesIds) {
            PointCodec.Points dayRows = rows.get(id);
            if (keptAsRows.contains(id)) {
                outcome.put(id, Fold.KEPT_AS_ROWS);
            } else if (dayRows == null) {
                outcome.put(id, Fold.NOTHING);
            } else if (waiting.contains(id)) {
                outcome.put(id, Fold.WAITING_FOR_ROLLUP);
            } else if (stored.get(id) == null) {
                // the usual case: a day that has no chunk yet becomes one, its rows as they are
                chunks.put(id, dayRows);
                outcome.put(id, Fold.CHUNKED);
            } else {
                outcome.put(id, merge(c, id, day, PointCodec.decode(stored.get(id)), dayRows, chunks));
            }
        }
        write(c, day, chunks);
        List<Integer> folded = outcome.entrySet().stream().filter(e -> e.getValue() == Fold.CHUNKED).map(Map.Entry::getKey).toList();
        if (!folded.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM series_point WHERE series_id IN ("
                    + folded.stream().map(i -> Integer.toString(i)).collect(Collectors.joining(",")) + ") AND ts >= ? AND ts < ?")) {
                bind(ps, from, to);
                ps.executeUpdate();
            }
        }
        return outcome;
    }

    /**
     * Late rows into a day that has a chunk: the chunk's points of the rows' buckets go back to rows
     * (SPILLED), else the rows join the chunk (CHUNKED); the chunk to write goes into {@code chunks}.
     */
    private static Fold merge(Connection c, int seriesId, LocalDate day, PointCodec.Points stored, PointCodec.Points dayRows,
                              Map<Integer, PointCodec.Points> chunks) throws SQLException {
        TreeMap<Long, Double> chunk = new TreeMap<>();
        for (int i = 0; i < stored.size(); i++) {
            chunk.put(stored.times()[i], stored.values()[i]);
        }
        Set<Long> lateBuckets = new TreeSet<>();
        for (long t : dayRows.times()) {
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
            if (chunk.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM series_chunk WHERE day = ? AND series_id = ?")) {
                    bind(ps, day, seriesId);
                    ps.executeUpdate();
                }
            } else {
                chunks.put(seriesId, points(chunk));
            }
            return Fold.SPILLED;
        }
        for (int i = 0; i < dayRows.size(); i++) {
            chunk.putIfAbsent(dayRows.times()[i], dayRows.values()[i]);
        }
        chunks.put(seriesId, points(chunk));
        return Fold.CHUNKED;
    }

    private static PointCodec.Points points(TreeMap<Long, Double> points) {
        long[] times = new long[points.size()];
        double[] values = new double[points.size()];
        int i = 0;
        for (var e : points.entrySet()) {
            times[i] = e.getKey();
            values[i++] = e.getValue();
        }
        return new PointCodec.Points(times, values);
    }

    /** Writes the chunks of a day in one multi-row statement. */
    private static void write(Connection c, LocalDate day, Map<Integer, PointCodec.Points> chunks) throws SQLException {
        if (chunks.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO series_chunk (day, series_id, first_ts, last_ts, n, points) VALUES "
                + String.join(",", java.util.Collections.nCopies(chunks.size(), "(?,?,?,?,?,?)"))
                + " ON DUPLICATE KEY UPDATE first_ts = VALUES(first_ts), last_ts = VALUES(last_ts), n = VALUES(n), points = VALUES(points)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int k = 0;
            for (var e : chunks.entrySet()) {
                long[] times = e.getValue().times();
                ps.setObject(++k, day);
                ps.setObject(++k, e.getKey());
                ps.setObject(++k, time(times[0]));
                ps.setObject(++k, time(times[times.length - 1]));
                ps.setObject(++k, times.length);
                ps.setBytes(++k, PointCodec.encode(times, e.getValue().values()));
            }
            ps.executeUpdate();
        }
    }

    /** At most this many rows left in a closed day's partition let it join its month's coalesced partition. */
    static final int COALESCE_ROWS = 10_000;
    private static final java.util.regex.Pattern DAY_PARTITION = java.util.regex.Pattern.compile("p\\d{8}");

    /**
     * Coalesces the raw table's day partitions of closed days that the fold left (nearly) empty into one
     * partition per month, {@code pcYYYYMMDD} named after its last day. An InnoDB partition is a file of
     * its own, ~30 kB even when empty: a year of folded days cost 0.88 B a point of bench/readings' 24
     * series, more than half of the target's 2 B. REORGANIZE copies whatever rows the
     * partitions still hold (state series, points waiting for their roll-up, late points), so nothing is
     * lost, and a late point into a coalesced day lands in that partition by its range as before and is
     * folded on the next run. Retention still drops whole partitions, a month once its last day expired,
     * and trims the rows of expired days left in a partially expired one (ReadingRetentionDuty, Art. 30.7a).
     * Returns the partitions written.
     */
    public static List<String> coalesce(Connection c, LocalDate lastClosedDay) throws SQLException {
        record Part(String name, LocalDate below) {
        }
        List<Part> parts = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT partition_name, partition_description FROM information_schema.partitions"
                + " WHERE table_schema = DATABASE() AND table_name = 'series_point' ORDER BY partition_ordinal_position");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String bound = rs.getString(2);
                parts.add(new Part(rs.getString(1), bound == null || bound.equals("MAXVALUE") ? null
                        : LocalDate.parse(bound.replace("'", "").substring(0, 10))));
            }
        }
        List<String> written = new ArrayList<>();
        List<List<Part>> groups = new ArrayList<>();
        List<Part> group = new ArrayList<>();
        for (Part p : parts) {
            boolean coalesced = p.name().startsWith("pc");
            boolean fits = p.below() != null && !p.below().minusDays(1).isAfter(lastClosedDay)
                    && (coalesced || DAY_PARTITION.matcher(p.name()).matches() && small(c, p.name()));
            if (!group.isEmpty() && (!fits || !sameMonth(group.get(0).below(), p.below()))) {
                groups.add(group);
                group = new ArrayList<>();
            }
            if (fits) {
                group.add(p);
            }
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        for (List<Part> g : groups) {
            if (g.size() == 1 && g.get(0).name().startsWith("pc")) {
                continue;
            }
            LocalDate below = g.get(g.size() - 1).below();
            String name = "pc" + below.minusDays(1).toString().replace("-", "");
            // rows move between partitions: may rightly take longer than a request is allowed to wait
            LongStatements.unbounded(c);
            try (Statement st = c.createStatement()) {
                st.execute("ALTER TABLE series_point REORGANIZE PARTITION " + g.stream().map(Part::name).collect(Collectors.joining(", "))
                        + " INTO (PARTITION " + name + " VALUES LESS THAN ('" + below + "'))");
            }
            written.add(name);
        }
        return written;
    }

    private static boolean sameMonth(LocalDate belowA, LocalDate belowB) {
        return belowB != null && java.time.YearMonth.from(belowA.minusDays(1)).equals(java.time.YearMonth.from(belowB.minusDays(1)));
    }

    private static boolean small(Connection c, String partition) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM series_point PARTITION (" + partition + ") LIMIT "
                     + (COALESCE_ROWS + 1) + ") x")) {
            rs.next();
            return rs.getInt(1) <= COALESCE_ROWS;
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
