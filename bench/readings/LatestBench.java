import com.sun.management.ThreadMXBean;
import vn.dcim.core.telemetry.LatestReading;
import vn.dcim.core.telemetry.LatestValueCache;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The latest values of DEVICES devices x METRICS metrics read at once, as the wall screen and the site
 * cockpit read them, in one run against its anchor: the whole of latest_reading read by one SELECT
 * (how the product read it before the values were held in memory) against the product's
 * LatestValueCache (a catch-up with the rows stored since the last read, then the map). Between two
 * reads a writer stores WRITES values with the product's upsert, as pollers of 50,000 series at a 60-s
 * interval do in a second; the two are timed in turn, A B B A, so both see the same machine.
 * Allocation per read from the JVM's own per-thread counter. At the end every value held is compared
 * with the table.
 */
public class LatestBench {
    static final String UPSERT_HEAD = "INSERT INTO latest_reading (device_id, metric, instance, ts, value, text_value, unit, stored_at) VALUES ";
    static final String UPSERT_TAIL = " ON DUPLICATE KEY UPDATE"
            + " stored_at = IF(VALUES(ts) >= ts, UTC_TIMESTAMP(6), stored_at), value = IF(VALUES(ts) >= ts, VALUES(value), value),"
            + " ts = GREATEST(ts, VALUES(ts))";

    public static void main(String[] a) throws Exception {
        String url = a[0];
        int devices = Integer.parseInt(a[3]);
        int metrics = Integer.parseInt(a[4]);
        int runs = Integer.parseInt(a[5]);
        int writes = Integer.parseInt(a[6]);
        ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long self = Thread.currentThread().getId();
        try (Connection c = DriverManager.getConnection(url, a[1], a[2]); Connection w = DriverManager.getConnection(url, a[1], a[2])) {
            fill(c, devices, metrics);
            List<String> ids = new ArrayList<>();
            for (int d = 0; d < devices; d++) {
                ids.add(String.format("dev-%04d", d));
            }
            LatestValueCache cache = new LatestValueCache();
            long t0 = System.nanoTime();
            cache.load(c);
            System.out.printf("  latest values in memory: first load of %,d values %.1f ms%n", devices * metrics, (System.nanoTime() - t0) / 1e6);
            long[] anchor = new long[runs];
            long[] held = new long[runs];
            long[] one = new long[runs];
            long anchorBytes = 0;
            long heldBytes = 0;
            int shown = 0;
            Random random = new Random(61);
            Instant now = Instant.now();
            for (int i = 0; i < runs + 10; i++) {
                now = now.plusSeconds(1);
                write(w, random, now, devices, metrics, writes);
                boolean anchorFirst = i % 2 == 0;
                for (int turn = 0; turn < 2; turn++) {
                    long bytes = mx.getThreadAllocatedBytes(self);
                    long start = System.nanoTime();
                    if ((turn == 0) == anchorFirst) {
                        shown = selectAll(c).size();
                        if (i >= 10) {
                            anchor[i - 10] = System.nanoTime() - start;
                            anchorBytes += mx.getThreadAllocatedBytes(self) - bytes;
                        }
                    } else {
                        cache.catchUp(c, false);
                        Map<String, List<LatestReading>> all = cache.ofDevices(ids);
                        if (i >= 10) {
                            held[i - 10] = System.nanoTime() - start;
                            heldBytes += mx.getThreadAllocatedBytes(self) - bytes;
                        }
                        if (all.size() != devices) {
                            throw new IllegalStateException("devices read: " + all.size());
                        }
                    }
                }
                long start = System.nanoTime();
                cache.catchUp(c, false);
                cache.ofDevice(ids.get(random.nextInt(devices)));
                if (i >= 10) {
                    one[i - 10] = System.nanoTime() - start;
                }
            }
            int values = devices * metrics;
            System.out.printf("  anchor, one SELECT of latest_reading (%,d rows): p50 %s ms, p99 %s ms; %,d bytes allocated a read (%.0f a value)%n",
                    shown, Latencies.ms(Latencies.pct(anchor, 50)), Latencies.ms(Latencies.pct(anchor, 99)), anchorBytes / runs, (double) anchorBytes / runs / values);
            System.out.printf("  held in memory, caught up with %d values stored between reads: p50 %s ms, p99 %s ms; %,d bytes a read (%.0f a value)%n",
                    writes, Latencies.ms(Latencies.pct(held, 50)), Latencies.ms(Latencies.pct(held, 99)), heldBytes / runs, (double) heldBytes / runs / values);
            System.out.printf("  one device (catch-up and its %d values): p50 %s ms, p99 %s ms%n", metrics, Latencies.ms(Latencies.pct(one, 50)), Latencies.ms(Latencies.pct(one, 99)));
            System.out.printf("  ratio to the anchor, same run: p50 %.3f, p99 %.3f; allocation %.3f%n",
                    (double) Latencies.pct(held, 50) / Latencies.pct(anchor, 50), (double) Latencies.pct(held, 99) / Latencies.pct(anchor, 99), (double) heldBytes / anchorBytes);
            check(c, cache, ids);
        }
    }

    static void fill(Connection c, int devices, int metrics) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS latest_reading");
            // as the product's migrations leave it (V2, V61, V130)
            s.execute("CREATE TABLE latest_reading (device_id VARCHAR(64) NOT NULL, metric VARCHAR(100) NOT NULL,"
                    + " instance VARCHAR(100) NOT NULL DEFAULT '0', ts DATETIME(3) NOT NULL, value DOUBLE, text_value VARCHAR(200),"
                    + " unit VARCHAR(20), stored_at DATETIME(6) NOT NULL DEFAULT (UTC_TIMESTAMP(6)), PRIMARY KEY (device_id, metric, instance),"
                    + " KEY ix_latest_reading_stored (stored_at)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
            s.execute("INSERT INTO latest_reading (device_id, metric, instance, ts, value, text_value, unit) SELECT CONCAT('dev-', LPAD(seq DIV "
                    + metrics + ", 4, '0')), CONCAT('env.sensor_', seq MOD " + metrics + "), '0', NOW(3) - INTERVAL 1 HOUR, seq MOD 40, NULL, '°C' FROM seq_0_to_"
                    + (devices * metrics - 1));
        }
    }

    /** One multi-row upsert, as LatestValues writes behind. */
    static void write(Connection w, Random random, Instant at, int devices, int metrics, int writes) throws SQLException {
        StringBuilder sql = new StringBuilder(UPSERT_HEAD);
        for (int i = 0; i < writes; i++) {
            sql.append(i == 0 ? "" : ",").append("(?,?,'0',?,?,NULL,'°C',UTC_TIMESTAMP(6))");
        }
        try (PreparedStatement ps = w.prepareStatement(sql.append(UPSERT_TAIL).toString())) {
            for (int i = 0; i < writes; i++) {
                ps.setString(4 * i + 1, String.format("dev-%04d", random.nextInt(devices)));
                ps.setString(4 * i + 2, "env.sensor_" + random.nextInt(metrics));
                ps.setObject(4 * i + 3, java.sql.Timestamp.from(at));
                ps.setDouble(4 * i + 4, Math.round(random.nextDouble() * 400) / 10.0);
            }
            ps.executeUpdate();
        }
    }

    /** The read the product made before: every row mapped to a LatestReading. */
    static List<LatestReading> selectAll(Connection c) throws SQLException {
        List<LatestReading> all = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT device_id, metric, instance, ts, value, text_value, unit FROM latest_reading");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                double v = rs.getDouble(5);
                all.add(new LatestReading(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                        rs.wasNull() ? null : v, rs.getString(6), rs.getString(7)));
            }
        }
        return all;
    }

    static void check(Connection c, LatestValueCache cache, List<String> ids) throws SQLException {
        cache.catchUp(c, false);
        Map<String, LatestReading> table = new HashMap<>();
        for (LatestReading r : selectAll(c)) {
            table.put(r.deviceId() + "|" + r.metric() + "|" + r.instance(), r);
        }
        int held = 0;
        int wrong = 0;
        for (List<LatestReading> device : cache.ofDevices(ids).values()) {
            for (LatestReading r : device) {
                held++;
                if (!r.equals(table.get(r.deviceId() + "|" + r.metric() + "|" + r.instance()))) {
                    wrong++;
                }
            }
        }
        System.out.printf("  checked: %,d values held, %,d in the table, %d differ%n", held, table.size(), wrong);
        if (wrong > 0 || held != table.size()) {
            throw new IllegalStateException("the values held in memory differ from latest_reading");
        }
    }
}
