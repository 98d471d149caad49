package vn.dcim.core.backup;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.schedule.DutyScheduler;
import vn.dcim.core.upgrade.BackgroundMigrationHold;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Holds the background migrations while the database backup duty runs (nightly, or run now from Lịch tác vụ), on
 * whichever instance of the cluster it runs, and while a backup made by hand holds its {@link BackupLock}: the dump and its test restore then have the disk and the database to
 * themselves, and the restored row counts are reconciled against tables no migration is moving. A run recorded as
 * running for longer than {@code dcim.background-migrations.backup-hold-at-most} is taken for one whose instance
 * died, so that a crash during a backup does not stop the migrations for good.
 */
@Singleton
// a remote collector has no database
@Requires(property = "dcim.collector.enabled", notEquals = "true")
class BackupHold implements BackgroundMigrationHold {
    static final String REASON = "backup";

    private final DutyScheduler duties;
    private final Jdbc jdbc;
    private final Clock clock;
    private final Duration atMost;
    /** When this instance first saw a backup by hand holding its lock (the lock says nothing of its start). */
    private volatile Instant byHandSeen;

    BackupHold(DutyScheduler duties, Jdbc jdbc, Clock clock,
               @Value("${dcim.background-migrations.backup-hold-at-most:6h}") Duration atMost) {
        this.duties = duties;
        this.jdbc = jdbc;
        this.clock = clock;
        this.atMost = atMost;
    }

    @Override
    public String reason() {
        return REASON;
    }

    @Override
    public Optional<Instant> heldSince() {
        Instant oldestBelieved = clock.instant().minus(atMost);
        Optional<Instant> duty = duties.runningSince(DatabaseBackupDuty.ID).filter(started -> started.isAfter(oldestBelieved));
        if (duty.isPresent()) {
            return duty;
        }
        if (!jdbc.call("ask whether a backup by hand runs", BackupLock::held)) {
            byHandSeen = null;
            return Optional.empty();
        }
        Instant seen = byHandSeen;
        if (seen == null) {
            seen = clock.instant();
            byHandSeen = seen;
        }
        return Optional.of(seen);
    }
}
