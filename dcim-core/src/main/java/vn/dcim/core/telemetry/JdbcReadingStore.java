package vn.dcim.core.telemetry;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import vn.dcim.core.threads.NamedThreads;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.db.SqlTime;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.TreeSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Writes readings in JDBC batches and hands them to {@link LatestValues} for the dashboard. It writes from the
 * columns of a {@link ReadingBatch} (a list of readings is taken as one), so the poller's values reach the
 * statement's parameters without an object per value. A big
 * batch is split by device over several connections written at once: one connection keeps one
 * MariaDB thread busy at most, and the collectors waited on it while the other core idled
 * (bench/snmp, bench/mqtt). Each part is its own transaction; {@link #record} returns when all are
 * committed. Points go to the series store (V66), with the marks of their 5-minute buckets for the
 * roll-ups (V116: the open bucket as a whole, a late point's series and bucket) in the same transaction. A part refused
 * by a Galera certification conflict or lost with its node is run again ({@link Jdbc#inTransactionRetrying},
 * docs/deploy/galera.md); a part that still failed makes the whole call fail, and the caller's retry of the whole
 * batch is harmless: history points are unique and a latest value never goes back in time.
 */
@Singleton
public class JdbcReadingStore implements ReadingSink {
    private static final String INSERT_POINT =
            "INSERT IGNORE INTO series_point (series_id, ts, value, text_value) VALUES (?,?,?,?)";
    /**
     * Marks an open 5-minute bucket as a whole for RollupDuty (V116): one row per bucket and shard, its
     * gen raised by each transaction, so the duty knows the bucket changed since it last rolled it up
     * without a row (or a cache entry) per series. Shards by thread: concurrent writers raise different
     * rows and do not wait on each other's commit.
     */
    private static final String MARK_OPEN_BUCKET =
            "INSERT INTO rollup_dirty (bucket, shard) VALUES (?,?) ON DUPLICATE KEY UPDATE gen = gen + 1";
    /**
     * A late point (its bucket closed) marks its series and bucket only: the duty re-rolls just those. Several rows
     * a statement: the driver sends a batch of ON DUPLICATE KEY UPDATE as one statement a row, and a drain of
     * buffered points (all late, one mark per series) spent more time on those round trips than on the points
     * themselves. Shapes of 256, 128, ... 1 rows, each prepared once per connection (server-side statements).
     */
    static final int MARKS_PER_STATEMENT = 256;
    private static final String[] MARK_LATE_BUCKETS = new String[Integer.numberOfTrailingZeros(MARKS_PER_STATEMENT) + 1];

    static {
        for (int i = 0; i < MARK_LATE_BUCKETS.length; i++) {
            StringBuilder sql = new StringBuilder("INSERT INTO rollup_pending (series_id, bucket) VALUES (?,?)");
            for (int row = 1; row < 1 << i; row++) {
                sql.append(",(?,?)");
            }
            MARK_LATE_BUCKETS[i] = sql.append(" ON DUPLICATE KEY UPDATE gen = gen + 1").toString();
        }
    }
    static final int SHARDS = 16;
    /**
     * A batch of points is sent in parts of about this many bytes. MariaDB's driver writes a command into a buffer
     * that it grows from 8 KiB to 128 KiB, 1 MiB, then 16 MiB, and shrinks back to 8 KiB after any command shorter
     * than half of it: a second's readings of 5,000 devices (~40,000 points, ~1.5 MB) took a new 16 MiB array per
     * transaction. Parts between half a MiB and one MiB keep one 1 MiB buffer through the batch.
     */
    static final int BATCH_BYTES = 768 * 1024;
    /** What a point without text costs in a bulk command: id, DATETIME(3), DOUBLE and their indicators (text: ~3 B a char at most). */
    static final int POINT_BYTES = 28;
    /** Below this a second transaction costs more than it saves. */
    static final int PARALLEL_FROM = 1_000;

    private final Jdbc jdbc;
    private final ApplicationEventPublisher<ReadingsRecorded> events;
    private final int writers;
    private final ExecutorService helpers;
    private final LatestValues latest;
    private final SeriesCatalog series;
    private final Clock clock;

    JdbcReadingStore(Jdbc jdbc, ApplicationEventPublisher<ReadingsRecorded> events, LatestValues latest,
                     SeriesCatalog series, Clock clock, @Value("${dcim.readings.writers:2}") int writers) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.series = series;
        this.events = events;
        this.latest = latest;
        this.writers = Math.max(1, writers);
        this.helpers = this.writers == 1 ? null : NamedThreads.fixed("reading-writer", this.writers - 1);
    }

    /** Readings of a list collector (MQTT, HTTP push): stored as columns like the poller's; listeners get the same list. */
    @Override
    public void record(List<Reading> readings) {
        if (!readings.isEmpty()) {
            record(ReadingBatch.of(readings));
        }
    }

    @Override
    public void record(ReadingBatch readings) {
        if (readings.isEmpty()) {
            return;
        }
        int[] ids = series.idsOf(readings);
        if (helpers == null || readings.size() < PARALLEL_FROM) {
            write(readings, ids, null, readings.size());
        } else {
            writeInParallel(readings, ids);
        }
        latest.offer(readings);
        events.publishEvent(new ReadingsRecorded(readings));
    }

    private void writeInParallel(ReadingBatch readings, int[] ids) {
        // each part is the batch's rows of some devices: no two parts touch the same rows and each device's points
        // stay in one transaction
        int[][] parts = new int[writers][readings.size() / writers + 16];
        int[] sizes = new int[writers];
        for (int i = 0; i < readings.size(); i++) {
            int part = Math.floorMod(readings.deviceId(i).hashCode(), writers);
            if (sizes[part] == parts[part].length) {
                parts[part] = java.util.Arrays.copyOf(parts[part], parts[part].length * 2);
            }
            parts[part][sizes[part]++] = i;
        }
        List<Future<?>> others = new ArrayList<>();
        for (int p = 1; p < writers; p++) {
            if (sizes[p] > 0) {
                int[] rows = parts[p];
                int count = sizes[p];
                others.add(helpers.submit(() -> write(readings, ids, rows, count)));
            }
        }
        RuntimeException failure = null;
        try {
            write(readings, ids, parts[0], sizes[0]);
        } catch (RuntimeException e) {
            failure = e;
        }
        for (Future<?> f : others) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException re ? re : new DataAccessException(e.getCause().getMessage(), e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DataAccessException("Interrupted while storing " + readings.size() + " readings", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @PreDestroy
    void close() {
        if (helpers != null) {
            helpers.shutdownNow();
        }
    }

    /** {@code rows}: the first {@code count} rows of the batch to write, or null for the first {@code count} rows. */
    private void write(ReadingBatch readings, int[] allIds, int[] rows, int count) {
        if (count == 0) {
            return;
        }
        int[] ids = new int[count];
        LocalDateTime[] times = new LocalDateTime[count];
        // sorted, so that two writers touching the same marks lock them in the same order
        TreeSet<LocalDateTime> openBuckets = new TreeSet<>();
        TreeSet<Bucket> lateBuckets = new TreeSet<>();
        LocalDateTime now = SqlTime.of(clock.instant());
        // the readings of one poll or one message share their time: its column value, bucket and whether that is
        // open are worked out once for them, not once per reading (three objects each, per reading stored)
        long time = 0;
        LocalDateTime start = null;
        boolean open = false;
        for (int k = 0; k < count; k++) {
            int row = rows == null ? k : rows[k];
            ids[k] = allIds[row];
            long t = readings.epochMicros(row);
            if (k == 0 || t != time) {
                time = t;
                times[k] = SqlTime.ofEpochMicros(t);
                start = Rollups.fiveMinutesOf(times[k]);
                open = RollupDuty.isOpen(start, now);
            } else {
                times[k] = times[k - 1];
            }
            if (open) {
                openBuckets.add(start);
            } else {
                lateBuckets.add(new Bucket(ids[k], start));
            }
        }
        int shard = Math.floorMod(Thread.currentThread().getId(), SHARDS);
        jdbc.inTransactionRetrying("store " + count + " readings", c -> {
            try (PreparedStatement points = c.prepareStatement(INSERT_POINT)) {
                int bytes = 0;
                for (int k = 0; k < count; k++) {
                    int row = rows == null ? k : rows[k];
                    points.setInt(1, ids[k]);
                    points.setObject(2, times[k]);
                    if (readings.hasValue(row)) {
                        points.setDouble(3, readings.value(row));
                    } else {
                        points.setNull(3, Types.DOUBLE);
                    }
                    String text = readings.text(row);
                    points.setString(4, text);
                    points.addBatch();
                    bytes += POINT_BYTES + (text == null ? 0 : 2 + 3 * text.length());
                    if (bytes >= BATCH_BYTES) {
                        points.executeBatch();
                        bytes = 0;
                    }
                }
                if (bytes > 0) {
                    points.executeBatch();
                }
            }
            if (!openBuckets.isEmpty()) {
                try (PreparedStatement marks = c.prepareStatement(MARK_OPEN_BUCKET)) {
                    for (LocalDateTime b : openBuckets) {
                        marks.setObject(1, b);
                        marks.setInt(2, shard);
                        marks.addBatch();
                    }
                    marks.executeBatch();
                }
            }
            markLate(c, new ArrayList<>(lateBuckets));
            return null;
        });
    }

    /** In the buckets' order (the lock order two writers share), in chunks of power-of-two rows. */
    private static void markLate(java.sql.Connection c, List<Bucket> buckets) throws SQLException {
        int from = 0;
        while (from < buckets.size()) {
            int rows = Integer.highestOneBit(Math.min(buckets.size() - from, MARKS_PER_STATEMENT));
            try (PreparedStatement marks = c.prepareStatement(MARK_LATE_BUCKETS[Integer.numberOfTrailingZeros(rows)])) {
                int at = 1;
                for (Bucket b : buckets.subList(from, from + rows)) {
                    marks.setInt(at, b.seriesId());
                    marks.setObject(at + 1, b.start());
                    at += 2;
                }
                marks.executeUpdate();
            }
            from += rows;
        }
    }

    private record Bucket(int seriesId, LocalDateTime start) implements Comparable<Bucket> {
        @Override
        public int compareTo(Bucket o) {
            int bySeries = Integer.compare(seriesId, o.seriesId);
            return bySeries != 0 ? bySeries : start.compareTo(o.start);
        }
    }

    static void bindValue(PreparedStatement ps, int from, ReadingBatch readings, int row) throws SQLException {
        if (readings.hasValue(row)) {
            ps.setDouble(from, readings.value(row));
        } else {
            ps.setNull(from, Types.DOUBLE);
        }
        ps.setString(from + 1, readings.text(row));
        ps.setString(from + 2, readings.unit(row));
    }
}
