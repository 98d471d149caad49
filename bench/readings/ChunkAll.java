import vn.dcim.core.telemetry.SeriesChunks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Folds every closed series-day of the bench's store into its chunk with the product's own
 * SeriesChunks.fold, a day of BATCH series a transaction, as ReadingChunkDuty does (days up to LAST_DAY),
 * then coalesces the emptied day partitions as the duty does (SeriesChunks.coalesce).
 */
public class ChunkAll {
    /** Series-days a transaction, as ReadingChunkDuty folds them. */
    static final int BATCH = Integer.parseInt(System.getenv().getOrDefault("BENCH_FOLD_BATCH", "100"));

    public static void main(String[] a) throws Exception {
        LocalDate lastDay = LocalDate.parse(a[3]);
        try (Connection c = DriverManager.getConnection(a[0], a[1], a[2])) {
            List<Integer> series = new ArrayList<>();
            LocalDate first;
            try (Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("SELECT id FROM series WHERE kind = 'gauge' ORDER BY id")) {
                    while (rs.next()) {
                        series.add(rs.getInt(1));
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT CAST(MIN(ts) AS DATE) FROM series_point")) {
                    rs.next();
                    first = rs.getObject(1, LocalDate.class);
                }
            }
            c.setAutoCommit(false);
            Map<SeriesChunks.Fold, Integer> counts = new EnumMap<>(SeriesChunks.Fold.class);
            long t0 = System.nanoTime();
            for (LocalDate day = first; !day.isAfter(lastDay); day = day.plusDays(1)) {
                for (int i = 0; i < series.size(); i += BATCH) {
                    SeriesChunks.fold(c, series.subList(i, Math.min(series.size(), i + BATCH)), day)
                            .values().forEach(f -> counts.merge(f, 1, Integer::sum));
                    c.commit();
                }
            }
            double fold = (System.nanoTime() - t0) / 1e9;
            System.out.printf("  folded %s series-days from %s to %s in %.0f s (%d series a transaction)%n", counts, first, lastDay, fold, BATCH);
            c.setAutoCommit(true);
            long t1 = System.nanoTime();
            List<String> coalesced = SeriesChunks.coalesce(c, lastDay);
            System.out.printf("  coalesced the emptied day partitions into %d (%s ... ) in %.1f s%n", coalesced.size(),
                    coalesced.isEmpty() ? "" : coalesced.get(0), (System.nanoTime() - t1) / 1e9);
        }
    }
}
