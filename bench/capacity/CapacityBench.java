import vn.dcim.core.capacity.TrendForecast;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads every series' daily roll-ups as the product reads them (the bucket's sum over its count) and runs
 * the product's TrendForecast backtest on each: as of six months before the last day, on the days up to
 * then, against the days after. Prints the error per kind of series (id mod 5) and overall.
 */
public class CapacityBench {
    static final String[] KINDS = {"steady growth", "flat", "growth + a new rack's step", "growth stopped 4 months ago", "noisy growth (10 %)"};

    public static void main(String[] a) throws Exception {
        Map<Integer, List<double[]>> byKind = new TreeMap<>();
        long nanos = 0;
        int forecasts = 0;
        try (Connection c = DriverManager.getConnection(a[0], a[1], a[2])) {
            List<Integer> ids = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT id FROM series ORDER BY id")) {
                while (rs.next()) {
                    ids.add(rs.getInt(1));
                }
            }
            PreparedStatement days = c.prepareStatement("SELECT bucket, sum_value / n_value FROM rollup_1d WHERE series_id = ? ORDER BY bucket");
            for (int id : ids) {
                days.setInt(1, id);
                List<TrendForecast.Day> history = new ArrayList<>();
                try (ResultSet rs = days.executeQuery()) {
                    while (rs.next()) {
                        history.add(new TrendForecast.Day(rs.getTimestamp(1).toLocalDateTime().toLocalDate(), rs.getDouble(2)));
                    }
                }
                LocalDate last = history.get(history.size() - 1).date();
                long t = System.nanoTime();
                TrendForecast.Fit now = TrendForecast.fit(history, last);
                LocalDate from = TrendForecast.backtestFrom(history, last, 6);
                TrendForecast.Backtest b = TrendForecast.backtest(history, from, last);
                TrendForecast.fullOn(now, now.at(0) * 1.5, 3 * 365);
                nanos += System.nanoTime() - t;
                forecasts++;
                byKind.computeIfAbsent(id % 5, k -> new ArrayList<>()).add(new double[]{b.meanAbsolutePercentError(), b.coverage(), b.days()});
            }
        }
        List<double[]> all = new ArrayList<>();
        System.out.printf("  %-32s %7s %12s %12s %14s%n", "series", "count", "MAPE median", "MAPE p90", "in interval");
        for (var e : byKind.entrySet()) {
            print(KINDS[e.getKey()], e.getValue());
            all.addAll(e.getValue());
        }
        print("all", all);
        System.out.printf("  backtest window: %d days; a forecast with its backtest: %.1f ms (fit now, fit then, full-on search), %d forecasts%n",
                (long) all.get(0)[2], nanos / 1e6 / forecasts, forecasts);
    }

    static void print(String name, List<double[]> rows) {
        double[] mape = rows.stream().mapToDouble(r -> r[0]).sorted().toArray();
        double coverage = rows.stream().mapToDouble(r -> r[1]).average().orElse(0);
        System.out.printf("  %-32s %7d %11.2f %% %11.2f %% %12.1f %%%n", name, rows.size(), mape[mape.length / 2],
                mape[(int) Math.ceil(0.9 * mape.length) - 1], coverage);
    }
}
