import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Random;

/**
 * The chart queries of bench/readings, timed over JDBC as the product runs them (ReadingHistory):
 * bounded counts from the finest resolution until one fits 600 points, then the points. Beside them,
 * the same windows read from today's schema (reading_old: every raw point of the window). A raw window
 * reads the rows and decodes the compressed chunks of closed days (SeriesChunks, on the class path).
 */
public class ReadingsBench {
    static final String[] TABLES = {"series_point", "rollup_5m", "rollup_1h", "rollup_1d"};
    static final String[] COLS = {"ts", "bucket", "bucket", "bucket"};
    static final int RUNS = 200;
    static final int POINTS = 600;

    public static void main(String[] a) throws Exception {
        String url = a[0];
        int series = Integer.parseInt(a[3]);
        int days = Integer.parseInt(a[4]);
        int oldDays = Integer.parseInt(a[5]);
        LocalDateTime end = LocalDate.now().atStartOfDay();
        try (Connection c = DriverManager.getConnection(url, a[1], a[2])) {
            long[][] windows = {{60, 0}, {1440, 0}, {7 * 1440, 0}, {30 * 1440, 0}, {365 * 1440, 0}};
            String[] names = {"1 hour", "1 day", "1 week", "30 days", "1 year"};
            Random random = new Random(18);
            System.out.printf("  %-8s %-5s %8s %8s %8s | %-28s%n", "window", "res", "points", "p50 ms", "p99 ms", "today's schema p50 / p99 ms");
            for (int w = 0; w < windows.length; w++) {
                long minutes = windows[w][0];
                if (minutes > (long) days * 1440) {
                    continue;
                }
                long[] store = new long[RUNS];
                long[] old = new long[RUNS];
                int res = 0;
                int n = 0;
                for (int i = 0; i < RUNS; i++) {
                    int id = 1 + random.nextInt(series);
                    long room = (long) days * 1440 - minutes;
                    LocalDateTime to = end.minusMinutes(room == 0 ? 0 : (long) (random.nextDouble() * Math.min(room, (long) oldDays * 1440 - Math.min(minutes, (long) oldDays * 1440))));
                    LocalDateTime from = to.minusMinutes(minutes);
                    long t0 = System.nanoTime();
                    res = choose(c, id, from, to, minutes);
                    // raw: the rows and the chunks of the window, as ReadingHistory reads them
                    n = (res == 0 ? vn.dcim.core.telemetry.SeriesChunks.read(c, id, from, to).size() : 0) + fetch(c, "SELECT " + COLS[res] + ", " + (res == 0 ? "value" : "sum_value / n_value, min_value, max_value")
                            + " FROM " + TABLES[res] + " WHERE series_id = ? AND " + COLS[res] + " >= ? AND " + COLS[res] + " < ? ORDER BY " + COLS[res], id, from, to);
                    store[i] = System.nanoTime() - t0;
                    if (minutes <= (long) oldDays * 1440) {
                        t0 = System.nanoTime();
                        fetch(c, "SELECT ts, value FROM reading_old WHERE device_id = ? AND metric = ? AND instance = '0' AND ts >= ? AND ts < ? ORDER BY ts",
                                String.format("dev-%04d", (id - 1) / 10), "env.sensor_" + ((id - 1) % 10), from, to);
                        old[i] = System.nanoTime() - t0;
                    }
                }
                String oldText = minutes <= (long) oldDays * 1440 ? Latencies.ms(Latencies.pct(old, 50)) + " / " + Latencies.ms(Latencies.pct(old, 99)) + " (raw, all points)" : "(beyond the " + oldDays + " days loaded)";
                System.out.printf("  %-8s %-5s %8d %8s %8s | %s%n", names[w], new String[]{"raw", "5m", "1h", "1d"}[res], n,
                        Latencies.ms(Latencies.pct(store, 50)), Latencies.ms(Latencies.pct(store, 99)), oldText);
            }
        }
    }

    /** As ReadingHistory.choose: bounds from the hourly or daily roll-ups, exact counts only when sparse. */
    static int choose(Connection c, int id, LocalDateTime from, LocalDateTime to, long minutes) throws SQLException {
        boolean hourly = minutes <= 31L * 1440;
        long[] b = new long[3];
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(SUM(n), 0), COALESCE(SUM(LEAST(n, ?)), 0), COALESCE(SUM(LEAST(n, ?)), 0) FROM "
                + (hourly ? "rollup_1h" : "rollup_1d") + " WHERE series_id = ? AND bucket >= ? AND bucket < ?")) {
            ps.setInt(1, hourly ? 12 : 288);
            ps.setInt(2, hourly ? 1 : 24);
            ps.setInt(3, id);
            ps.setObject(4, hourly ? from.truncatedTo(java.time.temporal.ChronoUnit.HOURS) : from.truncatedTo(java.time.temporal.ChronoUnit.DAYS));
            ps.setObject(5, to);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                b = new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3)};
            }
        }
        if (b[0] <= POINTS && count(c, 0, id, from, to) <= POINTS) {
            return 0;
        }
        boolean sparse = b[0] <= 20L * POINTS;
        long[] bound = {Math.min(b[1], minutes / 5 + 1), Math.min(b[2], minutes / 60 + 1)};
        for (int i = 0; i < 2; i++) {
            if (bound[i] <= POINTS || sparse && count(c, i + 1, id, from, to) <= POINTS) {
                return i + 1;
            }
        }
        return 3;
    }

    static long count(Connection c, int r, int id, LocalDateTime from, LocalDateTime to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM (SELECT 1 FROM " + TABLES[r] + " WHERE series_id = ? AND "
                + COLS[r] + " >= ? AND " + COLS[r] + " < ? LIMIT " + (POINTS + 1) + ") x")) {
            ps.setInt(1, id);
            ps.setObject(2, from);
            ps.setObject(3, to);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static int fetch(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            int n = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getDouble(2);
                    n++;
                }
            }
            return n;
        }
    }
}
