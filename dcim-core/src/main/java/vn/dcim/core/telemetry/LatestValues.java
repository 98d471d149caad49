package vn.dcim.core.telemetry;

import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import vn.dcim.core.threads.NamedThreads;
import vn.dcim.core.db.Jdbc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.db.SqlTime;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The latest value of every series (table {@code latest_reading}), written behind the history.
 * <p>
 * A stream that reports a series many times a second (an MQTT gateway) made MariaDB update the same
 * row for every point: a third of its CPU in bench/mqtt, for values nobody reads between two
 * screen refreshes. So the newest point of each series is kept here and written once per
 * {@code dcim.readings.latest-flush-interval} (1 s). The history is never behind: it is committed
 * before a collector acknowledges anything. Readers in this process ({@link LatestReadings}, the
 * staleness duties) either read the values held in memory ({@link #readable()}, where every value is put
 * as soon as its history is committed) or call {@link #flush()} first, and so never see a value older than
 * the history. After a crash the latest value of a series may lag by one interval until its next point.
 */
@Singleton
public class LatestValues {
    private static final Logger LOG = LoggerFactory.getLogger(LatestValues.class);
    private static final String COLUMNS =
            "INSERT INTO latest_reading (device_id, metric, instance, ts, value, text_value, unit, stored_at) VALUES ";
    // an older reading arriving late (e.g. replayed after an outage) must not overwrite a newer latest value
    // stored_at first: an assignment sees the columns assigned before it, and ts is assigned last
    private static final String UPDATE = " ON DUPLICATE KEY UPDATE stored_at = IF(VALUES(ts) >= ts, UTC_TIMESTAMP(6), stored_at), value = IF(VALUES(ts) >= ts, VALUES(value), value), "
            + "text_value = IF(VALUES(ts) >= ts, VALUES(text_value), text_value), "
            + "unit = IF(VALUES(ts) >= ts, VALUES(unit), unit), ts = GREATEST(ts, VALUES(ts))";
    /**
     * Multi-row upserts: the driver cannot send an ON DUPLICATE KEY UPDATE as one bulk operation and
     * would send a statement per row. Chunks of 512, 256, ... 1 rows keep the shapes few, so with
     * server-side prepared statements (the product's connection setting) MariaDB parses each shape
     * once per connection instead of a long SQL text per flush.
     */
    private static final int ROWS_PER_STATEMENT = 512;
    private static final String[] UPSERT = new String[Integer.numberOfTrailingZeros(ROWS_PER_STATEMENT) + 1];

    static {
        for (int i = 0; i < UPSERT.length; i++) {
            UPSERT[i] = upsert(1 << i);
        }
    }

    private final Jdbc jdbc;
    private final Object pendingLock = new Object();
    /** Flushes one at a time: a reader's flush waits for a running one, whose values it must see. */
    private final Object flushLock = new Object();
    /** Guarded by pendingLock; swapped with {@link #spare} by a flush, so a flush allocates nothing per value. */
    private NewestValues pending = new NewestValues();
    /** Guarded by flushLock: the values a successful flush wrote, emptied, waiting to be swapped in again. */
    private NewestValues spare = new NewestValues();
    private final ScheduledExecutorService flusher;
    /** Filled on the first read only: a poller or bridge that never reads keeps no copy. */
    private final LatestValueCache cache = new LatestValueCache();
    private volatile boolean cacheFilled;
    private final Duration refresh;
    private final Duration reload;

    LatestValues(Jdbc jdbc, @Value("${dcim.readings.latest-flush-interval:1s}") Duration interval,
                 @Value("${dcim.readings.latest-refresh-interval:1s}") Duration refresh,
                 @Value("${dcim.readings.latest-reload-interval:5m}") Duration reload) {
        this.jdbc = jdbc;
        this.refresh = refresh;
        this.reload = reload;
        this.flusher = NamedThreads.scheduled("latest-values");
        long ms = Math.max(10, interval.toMillis());
        flusher.scheduleWithFixedDelay(this::flushQuietly, ms, ms, TimeUnit.MILLISECONDS);
    }

    /** Called once the readings' history is committed. */
    void offer(List<Reading> readings) {
        offer(ReadingBatch.of(readings));
    }

    /** Called once the readings' history is committed. */
    void offer(ReadingBatch readings) {
        synchronized (pendingLock) {
            pending.offer(readings);
            if (cacheFilled) {
                cache.put(readings.readings());
            }
        }
    }

    /**
     * The latest values in memory, caught up with every row stored in latest_reading until now (by any
     * instance) and with every value offered in this process. The first call reads the whole table.
     */
    LatestValueCache readable() {
        if (!cacheFilled) {
            fill();
        }
        jdbc.call("read the latest values stored since the last read", c -> {
            cache.catchUp(c, false);
            return null;
        });
        return cache;
    }

    boolean filled() {
        return cacheFilled;
    }

    /** One series' latest value from the table, after the values offered so far are written. */
    Optional<LatestReading> stored(String deviceId, String metric, String instance) {
        flush();
        return jdbc.list("read the latest value of " + deviceId + " " + metric, "SELECT device_id, metric, instance, ts, value, text_value, unit"
                + " FROM latest_reading WHERE device_id = ? AND metric = ? AND instance = ?", rs -> {
            double v = rs.getDouble(5);
            Double value = rs.wasNull() ? null : v;
            return new LatestReading(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(), value,
                    rs.getString(6), rs.getString(7));
        }, deviceId, metric, instance).stream().findFirst();
    }

    private synchronized void fill() {
        if (cacheFilled) {
            return;
        }
        synchronized (pendingLock) {
            // from here on an offered value is put in memory too; those offered before reach the table now
            cacheFilled = true;
        }
        flush();
        jdbc.call("read every latest value", c -> {
            cache.load(c);
            return null;
        });
        long every = Math.max(10, refresh.toMillis());
        // a reader then finds few rows to catch up on, and a row committed after its clock is not missed
        flusher.scheduleWithFixedDelay(() -> quietly("caught up", c -> cache.catchUp(c, true)), every, every, TimeUnit.MILLISECONDS);
        long whole = Math.max(every, reload.toMillis());
        flusher.scheduleWithFixedDelay(() -> quietly("reloaded", cache::load), whole, whole, TimeUnit.MILLISECONDS);
    }

    /** Reads latest_reading anew: for a caller that changed it outside this service (a restore, a spec's fixture). */
    public void reload() {
        if (cacheFilled) {
            flush();
            jdbc.call("read every latest value", c -> {
                cache.load(c);
                return null;
            });
        }
    }

    private void quietly(String what, CacheWork work) {
        try {
            jdbc.call("latest values " + what, c -> {
                work.apply(c);
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("Latest values in memory not {}, tried again later: {}", what, e.getMessage());
        }
    }

    @FunctionalInterface
    private interface CacheWork {
        void apply(java.sql.Connection c) throws SQLException;
    }

    /** Writes every value offered so far; when this returns they are committed. */
    public void flush() {
        synchronized (flushLock) {
            NewestValues taken;
            synchronized (pendingLock) {
                if (pending.isEmpty()) {
                    return;
                }
                taken = pending;
                pending = spare;
            }
            try {
                write(taken.rows());
            } catch (RuntimeException e) {
                // kept for the next flush; of a value offered meanwhile and a kept one, the newer wins
                synchronized (pendingLock) {
                    pending.offer(taken.rows());
                }
                throw e;
            } finally {
                taken.clear();
                spare = taken;
            }
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.warn("Latest values not written, retried at the next flush: {}", e.getMessage());
        }
    }

    private void write(ReadingBatch latest) {
        jdbc.inTransactionRetrying("store " + latest.size() + " latest values", c -> {
            // the values of one poll share their time: one column value for them
            long time = 0;
            LocalDateTime ts = null;
            int from = 0;
            while (from < latest.size()) {
                int rows = Integer.highestOneBit(Math.min(latest.size() - from, ROWS_PER_STATEMENT));
                try (PreparedStatement ps = c.prepareStatement(UPSERT[Integer.numberOfTrailingZeros(rows)])) {
                    int at = 1;
                    for (int row = from; row < from + rows; row++) {
                        if (ts == null || latest.epochMicros(row) != time) {
                            time = latest.epochMicros(row);
                            ts = SqlTime.ofEpochMicros(time);
                        }
                        ps.setString(at, latest.deviceId(row));
                        ps.setString(at + 1, latest.metric(row));
                        ps.setString(at + 2, latest.instance(row));
                        ps.setObject(at + 3, ts);
                        JdbcReadingStore.bindValue(ps, at + 4, latest, row);
                        at += 7;
                    }
                    ps.executeUpdate();
                }
                from += rows;
            }
            return null;
        });
    }

    private static String upsert(int rows) {
        StringBuilder sql = new StringBuilder(COLUMNS.length() + rows * 16 + UPDATE.length()).append(COLUMNS);
        for (int i = 0; i < rows; i++) {
            // stored_at by the database's clock in UTC: one clock for every instance that writes (LatestValueCache)
            sql.append(i == 0 ? "(?,?,?,?,?,?,?,UTC_TIMESTAMP(6))" : ",(?,?,?,?,?,?,?,UTC_TIMESTAMP(6))");
        }
        return sql.append(UPDATE).toString();
    }

    @PreDestroy
    void close() {
        flusher.shutdownNow();
        flushQuietly();
    }
}
