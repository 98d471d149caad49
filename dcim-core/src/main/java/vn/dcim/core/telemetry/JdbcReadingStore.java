package vn.dcim.core.telemetry;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.db.SqlTime;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes readings in JDBC batches and hands them to {@link LatestValues} for the dashboard. A big
 * batch is split by device over several connections written at once: one connection keeps one
 * MariaDB thread busy at most, and the collectors waited on it while the other core idled
 * (bench/snmp, bench/mqtt). Each part is its own transaction; {@link #record} returns when all are
 * committed. A part that failed makes the whole call fail, and the caller's retry of the whole
 * batch is harmless: history points are unique and a latest value never goes back in time.
 */
@Singleton
public class JdbcReadingStore implements ReadingSink {
    private static final String INSERT_READING =
            "INSERT IGNORE INTO reading (ts, device_id, metric, instance, value, text_value, unit) VALUES (?,?,?,?,?,?,?)";
    /** Below this a second transaction costs more than it saves. */
    static final int PARALLEL_FROM = 1_000;

    private final Jdbc jdbc;
    private final ApplicationEventPublisher<ReadingsRecorded> events;
    private final int writers;
    private final ExecutorService helpers;
    private final LatestValues latest;

    JdbcReadingStore(Jdbc jdbc, ApplicationEventPublisher<ReadingsRecorded> events, LatestValues latest,
                     @Value("${dcim.readings.writers:2}") int writers) {
        this.jdbc = jdbc;
        this.events = events;
        this.latest = latest;
        this.writers = Math.max(1, writers);
        AtomicInteger n = new AtomicInteger();
        this.helpers = this.writers == 1 ? null : Executors.newFixedThreadPool(this.writers - 1, r -> {
            Thread t = new Thread(r, "reading-writer-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void record(List<Reading> readings) {
        if (readings.isEmpty()) {
            return;
        }
        if (helpers == null || readings.size() < PARALLEL_FROM) {
            write(readings);
        } else {
            writeInParallel(readings);
        }
        latest.offer(readings);
        events.publishEvent(new ReadingsRecorded(readings));
    }

    private void writeInParallel(List<Reading> readings) {
        List<List<Reading>> parts = new ArrayList<>(writers);
        for (int i = 0; i < writers; i++) {
            parts.add(new ArrayList<>(readings.size() / writers + 16));
        }
        // by device, so no two parts touch the same rows and each device's points stay in one transaction
        for (Reading r : readings) {
            parts.get(Math.floorMod(r.deviceId().hashCode(), writers)).add(r);
        }
        List<Future<?>> others = new ArrayList<>();
        for (List<Reading> part : parts.subList(1, writers)) {
            if (!part.isEmpty()) {
                others.add(helpers.submit(() -> write(part)));
            }
        }
        RuntimeException failure = null;
        try {
            write(parts.get(0));
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

    private void write(List<Reading> readings) {
        if (readings.isEmpty()) {
            return;
        }
        jdbc.inTransaction("store " + readings.size() + " readings", c -> {
            try (PreparedStatement history = c.prepareStatement(INSERT_READING)) {
                for (Reading r : readings) {
                    bindHistory(history, r);
                    history.addBatch();
                }
                return history.executeBatch();
            }
        });
    }

    private static void bindHistory(PreparedStatement ps, Reading r) throws SQLException {
        ps.setObject(1, SqlTime.of(r.time()));
        ps.setString(2, r.deviceId());
        ps.setString(3, r.metric());
        ps.setString(4, r.instance());
        bindValue(ps, 5, r);
    }

    static void bindValue(PreparedStatement ps, int from, Reading r) throws SQLException {
        if (r.value() == null) {
            ps.setNull(from, Types.DOUBLE);
        } else {
            ps.setDouble(from, r.value());
        }
        ps.setString(from + 1, r.text());
        ps.setString(from + 2, r.unit());
    }
}
