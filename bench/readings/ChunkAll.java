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
 * SeriesChunks.fold, one transaction a series-day, as ReadingChunkDuty does (days up to LAST_DAY).
 */
public class ChunkAll {
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
                for (int id : series) {
                    counts.merge(SeriesChunks.fold(c, id, day), 1, Integer::sum);
                    c.commit();
                }
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("  folded %s series-days from %s to %s in %.0f s%n", counts, first, lastDay, s);
        }
    }
}
