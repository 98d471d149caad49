package vn.dcim.core.upgrade;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.db.SqlTime;
import vn.dcim.core.threads.NamedThreads;
import vn.dcim.core.upgrade.BackgroundMigrationState.State;

import java.lang.management.ManagementFactory;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the registered {@link BackgroundMigration}s after the start, one batch at a time, on a thread of its own:
 * the start does not wait for them and {@code /health} stays UP (they are no outage). Each batch and its
 * progress row commit in one transaction; the progress row is locked for it, so that two instances of a
 * cluster never run the same batch twice. A failure is recorded with its reason, logged once, and retried
 * with a growing pause (capped); it never stops the product. Batches pause while a {@link BackgroundMigrationHold}
 * holds them (the nightly backup runs) and while the machine is loaded beyond
 * {@code dcim.background-migrations.max-load-per-core}, so that polling and the screens keep their share; the next
 * pass after either goes on from the last key done.
 */
@Singleton
// a remote collector has no database
@Requires(property = "dcim.collector.enabled", notEquals = "true")
public class BackgroundMigrations implements ApplicationEventListener<StartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundMigrations.class);
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LONGEST_RETRY = Duration.ofHours(1);
    private static final String COLUMNS = "name, flyway_version, state, last_key, rows_done, rows_total, attempts, "
            + "next_attempt_at, started_at, finished_at, error";

    private final Jdbc jdbc;
    private final Clock clock;
    private final List<BackgroundMigration> migrations;
    private final List<BackgroundMigrationHold> holds;
    private final boolean enabled;
    private final Duration every;
    private final Duration betweenBatches;
    private final double maxLoadPerCore;
    private volatile boolean stopping;
    /** The hold the last look found, to log a pause and its end once each. */
    private volatile BackgroundMigrationsPaused lastHold;
    private ScheduledExecutorService worker;

    public BackgroundMigrations(Jdbc jdbc, Clock clock, List<BackgroundMigration> migrations, List<BackgroundMigrationHold> holds,
                                @Value("${dcim.background-migrations.enabled:true}") boolean enabled,
                                @Value("${dcim.background-migrations.every:10s}") Duration every,
                                @Value("${dcim.background-migrations.between-batches:50ms}") Duration betweenBatches,
                                @Value("${dcim.background-migrations.max-load-per-core:2.0}") double maxLoadPerCore) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.migrations = migrations.stream().sorted(Comparator.comparing((BackgroundMigration m) -> versionOrder(m.flywayVersion()))
                .thenComparing(BackgroundMigration::name)).toList();
        this.holds = List.copyOf(holds);
        this.enabled = enabled;
        this.every = every;
        this.betweenBatches = betweenBatches;
        this.maxLoadPerCore = maxLoadPerCore;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        int pending = register();
        LOG.info("{} background migration{} pending{}", pending, pending == 1 ? "" : "s",
                pending == 0 ? "" : " (they run while the product serves; progress on Lịch tác vụ and in /health)");
        if (enabled && pending > 0) {
            start();
        }
    }

    /** Records a progress row for each migration that has none yet; answers how many are not done. */
    public int register() {
        Instant now = clock.instant();
        for (BackgroundMigration m : migrations) {
            boolean known = !jdbc.list("look up background migration " + m.name(), "SELECT 1 FROM background_migration WHERE name = ?",
                    rs -> 1, m.name()).isEmpty();
            if (!known) {
                long estimate = m.estimateRows();
                jdbc.update("register background migration " + m.name(), "INSERT IGNORE INTO background_migration "
                        + "(name, flyway_version, state, rows_total, registered_at) VALUES (?, ?, 'pending', ?, ?)",
                        m.name(), m.flywayVersion(), estimate, Timestamp.from(now));
            }
        }
        return (int) states().stream().filter(s -> s.state() != State.done).count();
    }

    /** Starts the worker: a pass now, then one every {@code every} until all are done. */
    synchronized void start() {
        if (worker != null) {
            return;
        }
        stopping = false;
        ScheduledExecutorService w = NamedThreads.scheduled("background-migrations");
        worker = w;
        w.scheduleWithFixedDelay(() -> {
            try {
                if (runDue() == 0) {
                    LOG.info("All background migrations are done");
                    w.shutdown();
                }
            } catch (RuntimeException e) {
                // the database gone for a while: the next pass tries again
                LOG.warn("Background migrations paused: {}", e.getMessage());
            }
        }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops between two batches; the batch under way commits or rolls back as a whole. */
    @PreDestroy
    public synchronized void stop() {
        stopping = true;
        if (worker != null) {
            worker.shutdownNow();
            try {
                worker.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            worker = null;
        }
    }

    /**
     * One pass: runs each unfinished migration whose retry is due, batch after batch, until it is done, fails,
     * the machine is loaded or the product stops. Answers how many are still not done.
     */
    public int runDue() {
        for (BackgroundMigration m : migrations) {
            if (stopping || waits()) {
                break;
            }
            Optional<BackgroundMigrationState> state = state(m.name());
            if (state.isEmpty() || state.get().state() == State.done) {
                continue;
            }
            Instant retryAt = state.get().nextAttemptAt();
            if (retryAt != null && clock.instant().isBefore(retryAt)) {
                continue;
            }
            runToEnd(m);
        }
        return (int) states().stream().filter(s -> s.state() != State.done).count();
    }

    private void runToEnd(BackgroundMigration m) {
        // asked before every batch: a hold that begins while a batch runs lets that batch commit, then stops the next
        while (!stopping && !waits()) {
            try {
                if (batch(m)) {
                    return;
                }
            } catch (RuntimeException e) {
                failed(m, e);
                return;
            }
            pause();
        }
    }

    /**
     * Why the batches wait now (the first hold that holds them, else the load), or empty when they may run. A hold
     * that cannot be asked (the database gone) throws: the pass ends and the next one asks again, nothing recorded
     * as the migration's failure.
     */
    public Optional<BackgroundMigrationsPaused> paused() {
        for (BackgroundMigrationHold hold : holds) {
            Optional<Instant> since = hold.heldSince();
            if (since.isPresent()) {
                return Optional.of(new BackgroundMigrationsPaused(hold.reason(), since.get()));
            }
        }
        return loaded() ? Optional.of(new BackgroundMigrationsPaused(BackgroundMigrationsPaused.LOAD, null)) : Optional.empty();
    }

    private boolean waits() {
        Optional<BackgroundMigrationsPaused> paused = paused();
        BackgroundMigrationsPaused hold = paused.filter(p -> !BackgroundMigrationsPaused.LOAD.equals(p.reason())).orElse(null);
        BackgroundMigrationsPaused before = lastHold;
        if (hold != null && (before == null || !hold.reason().equals(before.reason()))) {
            LOG.info("Background migrations pause while the {} runs (since {}); they go on from the last batch done after it",
                    hold.reason(), hold.since());
        } else if (hold == null && before != null) {
            LOG.info("Background migrations go on: the {} is over", before.reason());
        }
        lastHold = hold;
        return paused.isPresent();
    }

    /** Runs one batch of {@code m} with its progress update in one transaction; answers true when it is done. */
    boolean batch(BackgroundMigration m) {
        return jdbc.inTransaction("run a batch of background migration " + m.name(), c -> {
            String lastKey;
            try (PreparedStatement lock = c.prepareStatement("SELECT state, last_key FROM background_migration WHERE name = ? FOR UPDATE")) {
                lock.setString(1, m.name());
                try (ResultSet rs = lock.executeQuery()) {
                    if (!rs.next() || State.done.name().equals(rs.getString(1))) {
                        return true;
                    }
                    lastKey = rs.getString(2);
                }
            }
            BackgroundMigration.Batch batch = m.run(lastKey, m.batchSize());
            Timestamp now = Timestamp.from(clock.instant());
            if (batch.done()) {
                jdbc.update("finish background migration " + m.name(), "UPDATE background_migration SET state = 'done', attempts = 0, "
                        + "next_attempt_at = NULL, error = NULL, finished_at = ?, started_at = COALESCE(started_at, ?) WHERE name = ?",
                        now, now, m.name());
                LOG.info("Background migration {} (V{}) is done", m.name(), m.flywayVersion());
                return true;
            }
            jdbc.update("record the progress of background migration " + m.name(), "UPDATE background_migration SET state = 'running', "
                    + "last_key = ?, rows_done = rows_done + ?, attempts = 0, next_attempt_at = NULL, error = NULL, "
                    + "started_at = COALESCE(started_at, ?) WHERE name = ?", batch.lastKey(), batch.rows(), now, m.name());
            return false;
        });
    }

    /** Records the failure and when to try again; logs it once (a retry failing the same way is not logged again). */
    private void failed(BackgroundMigration m, RuntimeException e) {
        String reason = Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName()).replaceAll("\\s*\\R\\s*", " ");
        if (reason.length() > 2000) {
            reason = reason.substring(0, 2000);
        }
        Optional<BackgroundMigrationState> before = state(m.name());
        int attempts = before.map(BackgroundMigrationState::attempts).orElse(0) + 1;
        Instant retryAt = clock.instant().plus(retryAfter(attempts));
        if (before.isEmpty() || !reason.equals(before.get().error())) {
            LOG.warn("Background migration {} (V{}) failed after key {}, retried at {}: {}", m.name(), m.flywayVersion(),
                    before.map(BackgroundMigrationState::lastKey).orElse(null), retryAt, reason);
        } else {
            LOG.debug("Background migration {} failed again (attempt {}): {}", m.name(), attempts, reason);
        }
        try {
            jdbc.update("record the failure of background migration " + m.name(), "UPDATE background_migration SET state = 'failed', "
                    + "attempts = ?, next_attempt_at = ?, error = ? WHERE name = ?", attempts, Timestamp.from(retryAt), reason, m.name());
        } catch (RuntimeException again) {
            LOG.debug("The failure of background migration {} could not be recorded: {}", m.name(), again.getMessage());
        }
    }

    /** 30 s after the first failure, doubling, at most an hour. */
    static Duration retryAfter(int attempts) {
        Duration d = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        return d.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : d;
    }

    private boolean loaded() {
        if (maxLoadPerCore <= 0) {
            return false;
        }
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        boolean loaded = load > maxLoadPerCore * Runtime.getRuntime().availableProcessors();
        if (loaded) {
            LOG.debug("Background migrations wait: load average {}", load);
        }
        return loaded;
    }

    private void pause() {
        try {
            Thread.sleep(betweenBatches.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }

    /** Every background migration's progress row, in the order they run. */
    public List<BackgroundMigrationState> states() {
        return jdbc.list("list the background migrations", "SELECT " + COLUMNS + " FROM background_migration", BackgroundMigrations::read)
                .stream().sorted(Comparator.comparing((BackgroundMigrationState s) -> versionOrder(s.flywayVersion()))
                        .thenComparing(BackgroundMigrationState::name)).toList();
    }

    public Optional<BackgroundMigrationState> state(String name) {
        return jdbc.list("read background migration " + name, "SELECT " + COLUMNS + " FROM background_migration WHERE name = ?",
                BackgroundMigrations::read, name).stream().findFirst();
    }

    /** Whether the readers may count on the new shape of {@code name}'s data (see {@link BackgroundMigration}). */
    public boolean done(String name) {
        return state(name).map(s -> s.state() == State.done).orElse(false);
    }

    /** Every reason the batches may wait for, holds first then {@code load}, for the meters. */
    public List<String> pauseReasons() {
        return java.util.stream.Stream.concat(holds.stream().map(BackgroundMigrationHold::reason),
                java.util.stream.Stream.of(BackgroundMigrationsPaused.LOAD)).distinct().toList();
    }

    /** Why the unfinished migrations wait now; empty when they run or when every one is done (nothing waits then). */
    public Optional<BackgroundMigrationsPaused> unfinishedPaused() {
        if (states().stream().allMatch(s -> s.state() == State.done)) {
            return Optional.empty();
        }
        return paused();
    }

    /** The names of the migrations this release registers, for the meters. */
    public List<String> names() {
        return migrations.stream().map(BackgroundMigration::name).toList();
    }

    static BackgroundMigrationState read(ResultSet rs) throws java.sql.SQLException {
        long total = rs.getLong(6);
        Long rowsTotal = rs.wasNull() ? null : total;
        return new BackgroundMigrationState(rs.getString(1), rs.getString(2), State.valueOf(rs.getString(3)), rs.getString(4),
                rs.getLong(5), rowsTotal, rs.getInt(7), instant(rs, 8), instant(rs, 9), instant(rs, 10), rs.getString(11));
    }

    private static Instant instant(ResultSet rs, int column) throws java.sql.SQLException {
        return SqlTime.instant(rs, column);
    }

    private static long versionOrder(String version) {
        try {
            return Long.parseLong(version.split("\\.")[0]);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
