package vn.dcim.core.telemetry;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.schedule.DutyOutcome;
import vn.dcim.core.schedule.DutyPlan;
import vn.dcim.core.schedule.RegulationDuty;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Folds the raw points of closed days into compressed chunks (V115, {@link SeriesChunks}),
 * ~1-1.5 B a point instead of ~10, so that the 400 days kept for Art. 30.7a fit. A gauge series' UTC
 * day is closed a day after it ends; its rows go into one chunk per series and day. State series
 * (texts) stay rows: they are few points and TimeInState and the hourly state roll-ups read them.
 *
 * <p>Without downtime and resumable: the data is its own bookkeeping (a day with rows left is simply
 * looked at again), each day of up to {@link #SERIES_PER_FOLD} series folds in a transaction of its own, and a run stops after
 * {@link #BUDGET}, so an upgrade with months of rows converts over the first runs while charts keep
 * reading rows and chunks alike. Clustered: Quartz runs the duty on one instance at a time, and the
 * row locks of {@link SeriesChunks#fold} make even two runs safe. A point arriving later into a
 * chunked day is a row that reads see, and a later run folds it in.
 */
@DutyPlan(id = "reading-chunks", cron = "0 5/15 * * * ?",
        description = "Art. 30.7a: store the raw readings of closed days as compressed chunks, so that the kept history fits on disk")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReadingChunkDuty extends RegulationDuty {
    private static final Logger LOG = LoggerFactory.getLogger(ReadingChunkDuty.class);
    /** A run's share of its quarter hour: ~27,000 series-days (39 M points) at bench/readings' 22 ms a series-day in batches, on a loaded machine. */
    static final Duration BUDGET = Duration.ofMinutes(10);
    private static final int SERIES_PER_QUERY = 1000;
    /** Series-days folded in one transaction: one read, one multi-row write and one delete for all of them. */
    static final int SERIES_PER_FOLD = 100;

    private final Jdbc jdbc;
    private final ReadingPartitions partitions;

    /** The last day that is closed at {@code now}: its end lies a full day back. */
    static LocalDate lastClosedDay(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(2);
    }

    @Override
    public DutyOutcome run(Instant now) {
        return run(now, BUDGET);
    }

    DutyOutcome run(Instant now, Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        Map<SeriesChunks.Fold, Integer> counts = new EnumMap<>(SeriesChunks.Fold.class);
        List<String> rebuilt = new ArrayList<>();
        boolean finished = true;
        try {
            for (LocalDate day : daysWithRows(lastClosedDay(now))) {
                int after = 0;
                List<int[]> series;
                while (finished && !(series = seriesWithRows(day, after)).isEmpty()) {
                    after = series.get(series.size() - 1)[0];
                    List<Integer> gauges = new ArrayList<>();
                    for (int[] idAndGauge : series) {
                        if (idAndGauge[1] == 0) {
                            counts.merge(SeriesChunks.Fold.KEPT_AS_ROWS, 1, Integer::sum);
                        } else {
                            gauges.add(idAndGauge[0]);
                        }
                    }
                    for (int i = 0; i < gauges.size(); i += SERIES_PER_FOLD) {
                        if (System.nanoTime() > deadline) {
                            finished = false;
                            break;
                        }
                        List<Integer> batch = gauges.subList(i, Math.min(gauges.size(), i + SERIES_PER_FOLD));
                        Map<Integer, SeriesChunks.Fold> folds = jdbc.inTransaction("fold the points of " + batch.size() + " series on " + day
                                + " into chunks", c -> SeriesChunks.fold(c, batch, day));
                        folds.values().forEach(f -> counts.merge(f, 1, Integer::sum));
                    }
                }
                if (!finished) {
                    break;
                }
            }
            // the day partitions the fold emptied cost a file each: a month of them becomes one
            rebuilt.addAll(jdbc.call("coalesce the emptied day partitions", c -> SeriesChunks.coalesce(c, lastClosedDay(now))));
        } catch (RuntimeException e) {
            LOG.warn("Chunking readings stopped: {}", e.getMessage());
            return DutyOutcome.failed("Chunking stopped after " + counts + ": " + e.getMessage());
        }
        String message = "Series-days " + counts + (rebuilt.isEmpty() ? "" : "; emptied day partitions coalesced into: " + rebuilt)
                + (finished ? "" : "; time budget used up, the next run goes on");
        return DutyOutcome.ok(message);
    }

    /** The days up to {@code lastDay} that still hold rows, oldest first. */
    private List<LocalDate> daysWithRows(LocalDate lastDay) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate previous = null;
        for (ReadingPartitions.Partition p : partitions.of("series_point")) {
            if (p.below() == null) {
                break;
            }
            // a day partition holds one day; p_old (below the first day partition) any older ones, and a
            // month's coalesced partition (SeriesChunks.coalesce) that month's days up to its bound
            LocalDate from = previous == null ? null : previous;
            LocalDate to = p.below().isAfter(lastDay) ? lastDay.plusDays(1) : p.below();
            if (from == null || ChronoUnit.DAYS.between(from, p.below()) > 1) {
                days.addAll(jdbc.list("list the days with rows of partition " + p.name(), "SELECT DISTINCT CAST(ts AS DATE) FROM series_point"
                        + " PARTITION (" + p.name() + ") WHERE ts < ? ORDER BY 1", rs -> rs.getObject(1, LocalDate.class), to.atStartOfDay()));
            } else {
                for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
                    days.add(d);
                }
            }
            previous = p.below();
            if (!p.below().isBefore(lastDay.plusDays(1))) {
                break;
            }
        }
        return days;
    }

    /** Series with rows on {@code day} after id {@code after}, each with 1 when a gauge (a loose scan of the primary key). */
    private List<int[]> seriesWithRows(LocalDate day, int after) {
        return jdbc.list("list the series with rows on " + day,
                "SELECT p.series_id, s.kind = ? FROM (SELECT series_id FROM series_point WHERE ts >= ? AND ts < ? AND series_id > ?"
                        + " GROUP BY series_id ORDER BY series_id LIMIT " + SERIES_PER_QUERY + ") p"
                        + " LEFT JOIN series s ON s.id = p.series_id ORDER BY p.series_id",
                rs -> new int[]{rs.getInt(1), rs.getInt(2)}, Series.GAUGE, day.atStartOfDay(), day.plusDays(1).atStartOfDay(), after);
    }
}
