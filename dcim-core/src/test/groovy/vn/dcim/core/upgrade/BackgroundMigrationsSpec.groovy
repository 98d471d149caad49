package vn.dcim.core.upgrade

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.TempDir
import spock.util.concurrent.PollingConditions
import vn.dcim.core.backup.BackupLock
import vn.dcim.core.backup.BackupSettings
import vn.dcim.core.backup.MariaDbServer
import vn.dcim.core.backup.UpgradeBackup
import vn.dcim.core.crypto.KeyDirectory
import vn.dcim.core.db.Jdbc
import vn.dcim.core.schedule.DutyRun
import vn.dcim.core.schedule.DutyRunRepository
import vn.dcim.core.schedule.RunStatus
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.MutableClock
import vn.dcim.core.testing.SideSchema
import vn.dcim.core.testing.Sql

import javax.sql.DataSource
import java.nio.file.Files
import java.nio.file.Path
import java.time.Duration
import java.time.Clock
import java.time.Instant
import java.time.temporal.ChronoUnit
import java.util.concurrent.atomic.AtomicReference
import java.util.concurrent.TimeUnit

/**
 * A data migration that would hold the start for as long as a large table takes runs in the background instead:
 * batch by batch after the start, resumed after a stop in the middle with every row handled exactly once,
 * retried with a growing pause after a failure, held while the database backup runs, and the next release's upgrade
 * waits for it.
 */
@MicronautTest(transactional = false)
class BackgroundMigrationsSpec extends MariaDbSpec {
    static final Instant NOW = Instant.parse('2026-11-27T02:00:00Z')

    @Inject Jdbc jdbc
    @Inject DataSource dataSource
    @Inject SlowSpecMigration slow
    @Inject BackgroundMigrations productMigrations
    @Inject List<BackgroundMigrationHold> holds
    @Inject DutyRunRepository dutyRuns
    @Inject Clock productClock

    @TempDir Path disks
    @TempDir Path keysDir

    Sql sql
    MutableClock clock = new MutableClock(NOW)

    @Override
    Map<String, String> extraProperties() {
        ['dcim.spec.slow-background-migration': 'true',
         // the spec machine is loaded by design: the worker must not wait for a quiet moment here
         'dcim.background-migrations.max-load-per-core': '0',
         'dcim.background-migrations.every': '100ms']
    }

    def setup() {
        sql = new Sql(dataSource)
        sql.update('DROP TABLE IF EXISTS spec_old_reading')
        sql.update('DROP TABLE IF EXISTS spec_new_reading')
        sql.update("DELETE FROM background_migration WHERE name IN ('spec-copy', 'spec-flaky')")
        sql.update("DELETE FROM duty_run WHERE duty_id = 'database-backup' AND instance_id = 'spec-backup'")
        // the old shape, and the new one with no key on the old id: a row copied twice would be two rows
        sql.update('CREATE TABLE spec_old_reading (id BIGINT PRIMARY KEY, value DOUBLE NOT NULL)')
        sql.update('CREATE TABLE spec_new_reading (n BIGINT AUTO_INCREMENT PRIMARY KEY, old_id BIGINT NOT NULL, value DOUBLE NOT NULL)')
        sql.update('''INSERT INTO spec_old_reading (id, value)
                       WITH RECURSIVE k (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < 1000) SELECT i, i / 10 FROM k''')
    }

    /** Copies spec_old_reading into spec_new_reading, 70 rows a batch; dies like a killed process in batch {@code dieInBatch}. */
    class Copy implements BackgroundMigration {
        int dieInBatch = -1
        int batches

        String name() { 'spec-copy' }

        String flywayVersion() { '134' }

        long estimateRows() { 1000 }

        int batchSize() { 70 }

        BackgroundMigration.Batch run(String afterKey, int size) {
            List<Long> ids = jdbc.list('list', "SELECT id FROM spec_old_reading WHERE id > ? ORDER BY id LIMIT ${size}",
                    { rs -> rs.getLong(1) }, afterKey == null ? 0L : afterKey as long)
            if (ids.empty) {
                return BackgroundMigration.Batch.DONE
            }
            if (batches > 1000 / size + 1) {
                // a worker that does not go on from the last key would never end
                throw new IllegalStateException('more batches than the rows need: not resuming after the last key')
            }
            jdbc.update('copy', 'INSERT INTO spec_new_reading (old_id, value) SELECT id, value FROM spec_old_reading WHERE id BETWEEN ? AND ?',
                    ids.first(), ids.last())
            if (++batches == dieInBatch) {
                // half a batch written, then the process is gone (kill -9, a power cut): nothing the worker catches
                throw new Killed()
            }
            new BackgroundMigration.Batch(ids.last() as String, ids.size())
        }
    }

    static class Killed extends Error { }

    BackgroundMigrations worker(BackgroundMigration... migrations) {
        new BackgroundMigrations(jdbc, clock, migrations as List, holds, true, Duration.ofMillis(100), Duration.ZERO, 0)
    }

    /** The database backup duty's run as the scheduler records it while the duty runs (DutyJob), begun {@code ago}. */
    DutyRun backupBegins(Duration ago = Duration.ZERO) {
        dutyRuns.save(new DutyRun(null, 'database-backup', null, productClock.instant().minus(ago).truncatedTo(ChronoUnit.MILLIS),
                null, RunStatus.running, null, 'spec-backup', false, null, null))
    }

    void backupEnds(DutyRun run) {
        dutyRuns.update(new DutyRun(run.id(), run.dutyId(), null, run.startedAt(), productClock.instant(), RunStatus.ok,
                'dcim-dcim.sql.gz.enc: 2 copies, checksums verified', run.instanceId(), false, null, null))
    }

    def "batches wait while the database backup runs and go on after it from the last batch done: every row once"() {
        given: 'a copy whose third batch is under way when the nightly backup begins'
        def backup = new AtomicReference<DutyRun>()
        def copy = new Copy() {
            BackgroundMigration.Batch run(String afterKey, int size) {
                def batch = super.run(afterKey, size)
                if (batches == 3) {
                    backup.set(backupBegins())
                }
                batch
            }
        }
        def w = worker(copy)
        w.register()

        when: 'the worker runs'
        w.runDue()

        then: 'the batch under way commits with its progress, and no batch after it runs; nothing is a failure'
        with(w.state('spec-copy').get()) {
            state == BackgroundMigrationState.State.running
            lastKey == '210'
            rowsDone == 210
            attempts == 0
            error == null
            nextAttemptAt == null
        }
        sql.count('SELECT COUNT(*) FROM spec_new_reading') == 210
        w.paused().get() == new BackgroundMigrationsPaused('backup', backup.get().startedAt())

        when: 'the worker looks again while the backup runs'
        3.times { w.runDue() }

        then: 'still no batch'
        sql.count('SELECT COUNT(*) FROM spec_new_reading') == 210

        when: 'the backup has finished'
        backupEnds(backup.get())
        w.runDue()

        then: 'the migration goes on from key 210 to the end, each row once'
        w.paused().empty
        w.done('spec-copy')
        w.state('spec-copy').get().rowsDone == 1000
        sql.rows('SELECT COUNT(*) n, COUNT(DISTINCT old_id) d FROM spec_new_reading')[0].with { [it.n, it.d] } == [1000, 1000]
    }

    def "a backup recorded as running for #ago holds the batches: #held"() {
        given:
        def run = backupBegins(ago)
        def w = worker(new Copy())
        w.register()

        when:
        w.runDue()

        then:
        w.paused().present == held
        w.done('spec-copy') == !held
        w.paused().map { it.since() }.orElse(null) == (held ? run.startedAt() : null)

        where:
        ago                   || held
        Duration.ofMinutes(1) || true
        Duration.ofHours(5)   || true
        // its instance died during the backup (6 h at most): the migrations do not wait for good
        Duration.ofHours(7)   || false
    }

    def "a backup made by hand holds the batches while its lock is held, and they go on once its connection ends, however it ends"() {
        given: './dcim backup (or a cron line) under way: its connection holds the backup lock'
        // a connection of its own, as the backup process has (one of the pool would stay open when closed)
        def backup = java.sql.DriverManager.getConnection(specDbUrl(), System.getenv('DCIM_TEST_DB_USER') ?: 'dcim',
                System.getenv('DCIM_TEST_DB_PASSWORD') ?: 'dcim')
        BackupLock.take(backup)
        def w = worker(new Copy())
        w.register()

        when:
        2.times { w.runDue() }

        then: 'no batch, the pause shown with when this instance first saw it'
        sql.count('SELECT COUNT(*) FROM spec_new_reading') == 0
        w.paused().map { it.reason() }.orElse(null) == 'backup'

        when: 'the backup process is gone (killed: the lock never released, only its connection ended)'
        backup.close()

        then: 'the migration runs to the end once the server has ended that connection and let the lock go'
        // the client leaves without waiting: the server ends the connection, and frees its locks, a moment later
        new PollingConditions(timeout: 10, delay: 0.1).eventually {
            w.runDue()
            assert w.paused().empty
        }
        w.done('spec-copy')
        sql.count('SELECT COUNT(*) FROM spec_new_reading') == 1000
    }

    def "the start does not wait for a background migration: the product is up while its batch runs"() {
        expect: "the context has started, and its background migration's batch is under way"
        slow.entered.await(20, TimeUnit.SECONDS)
        !slow.ran
        productMigrations.state('spec-slow').get().state == BackgroundMigrationState.State.pending
        productMigrations.states()*.name.containsAll(['device-secrets-encrypted', 'spec-slow'])

        when: 'the batch is let go'
        slow.release.countDown()

        then: 'the worker finishes it in the background'
        waitFor { productMigrations.done('spec-slow') }
        slow.ran
    }

    def "a stop in the middle of a batch resumes after the last key done: every row exactly once"() {
        given: 'a copy that dies in its fifth batch, after writing it'
        def copy = new Copy(dieInBatch: 5)
        def first = worker(copy)
        first.register()

        when: 'the product runs it and is killed in the middle'
        first.runDue()

        then:
        thrown(Killed)
        with(first.state('spec-copy').get()) {
            state == BackgroundMigrationState.State.running
            lastKey == '280'
            rowsDone == 280
            rowsTotal == 1000
            startedAt == NOW
        }
        sql.count('SELECT COUNT(*) FROM spec_new_reading') == 280

        when: 'the product starts again: the next worker goes on'
        def second = worker(new Copy())
        second.register()
        second.runDue()

        then: 'each old row is in the new shape once, and the migration is done'
        sql.rows('SELECT COUNT(*) n, COUNT(DISTINCT old_id) d, SUM(value) s FROM spec_new_reading')[0].with { [it.n, it.d] } == [1000, 1000]
        sql.rows('SELECT o.id FROM spec_old_reading o LEFT JOIN spec_new_reading r ON r.old_id = o.id AND r.value = o.value WHERE r.n IS NULL') == []
        with(second.state('spec-copy').get()) {
            state == BackgroundMigrationState.State.done
            rowsDone == 1000
            rowsLeft() == 0
            finishedAt == NOW
            error == null
        }
        second.done('spec-copy')

        and: 'a worker started later runs no batch of it (this one would die in its first)'
        worker(new Copy(dieInBatch: 1)).runDue() >= 0
        sql.count('SELECT COUNT(*) FROM spec_new_reading') == 1000
    }

    def "a failed batch is recorded with its reason and retried later, with a growing pause, until it passes"() {
        given: 'a migration whose third batch fails twice (a lock wait, a disk full) and then passes'
        def failuresLeft = new java.util.concurrent.atomic.AtomicInteger(2)
        def flaky = new Copy() {
            String name() { 'spec-flaky' }

            BackgroundMigration.Batch run(String afterKey, int size) {
                if (afterKey == '140' && failuresLeft.getAndDecrement() > 0) {
                    throw new IllegalStateException('Lock wait timeout exceeded')
                }
                super.run(afterKey, size)
            }
        }
        def w = worker(flaky)
        w.register()

        when: 'the first pass'
        w.runDue()

        then: 'the failure is recorded with its reason, the rows before it kept, a retry 30 s later'
        with(w.state('spec-flaky').get()) {
            state == BackgroundMigrationState.State.failed
            error == 'Lock wait timeout exceeded'
            attempts == 1
            nextAttemptAt == NOW.plusSeconds(30)
            lastKey == '140'
            rowsDone == 140
        }
        sql.count('SELECT COUNT(*) FROM spec_new_reading') == 140

        when: 'a pass before the retry is due'
        clock.advance(Duration.ofSeconds(20))
        w.runDue()

        then: 'it is left alone'
        w.state('spec-flaky').get().attempts == 1

        when: 'the retry fails the same way'
        clock.advance(Duration.ofSeconds(10))
        w.runDue()

        then: 'the pause doubles'
        with(w.state('spec-flaky').get()) {
            state == BackgroundMigrationState.State.failed
            attempts == 2
            nextAttemptAt == NOW.plusSeconds(30 + 60)
        }

        when: 'the next retry passes'
        clock.advance(Duration.ofSeconds(60))
        w.runDue()

        then: 'it goes on from the row it had reached, to the end'
        with(w.state('spec-flaky').get()) {
            state == BackgroundMigrationState.State.done
            error == null
            attempts == 0
        }
        sql.rows('SELECT COUNT(*) n, COUNT(DISTINCT old_id) d FROM spec_new_reading')[0].with { [it.n, it.d] } == [1000, 1000]
    }

    def "the retry pause doubles from 30 s up to an hour"() {
        expect:
        BackgroundMigrations.retryAfter(attempts) == Duration.ofSeconds(seconds)

        where:
        attempts | seconds
        1        | 30
        2        | 60
        3        | 120
        7        | 1920
        8        | 3600
        40       | 3600
    }

    def "the next release's upgrade refuses to start while a background migration of the release before is unfinished"() {
        given: 'a database of an earlier release that had background migrations, one of them unfinished'
        def older = new SideSchema('_upgrade_order').createEmpty().migrateTo('133')
        older.withConnection { c ->
            c.createStatement().execute(getClass().getResource('/db/migration/V134__background_migrations.sql').text)
            c.createStatement().execute("""INSERT INTO background_migration (name, flyway_version, state, rows_done, rows_total, registered_at)
                VALUES ('readings-to-series', '120', 'running', 4000, 90000, '2026-11-20 00:00:00')""")
        }
        def upgrade = new UpgradeBackup(MariaDbServer.fromJdbcUrl(older.url, SideSchema.USER, SideSchema.PASSWORD, null),
                new BackupSettings(destinations: [disks.resolve('a').toString(), disks.resolve('b').toString()]), KeyDirectory.at(keysDir))

        when: 'this release starts on it'
        upgrade.beforeMigrating(NOW)

        then: 'it refuses in one line naming it, before any backup or migration'
        def refused = thrown(UpgradeBackup.Refused)
        refused.message == 'the background migrations of the release before are not finished: readings-to-series (V120, 4000 of 90000 rows,' +
                ' running); nothing was migrated. Start the release before until they are done (Lịch tác vụ, or /health, shows them),' +
                ' then upgrade (README, Upgrading)'
        !Files.exists(disks.resolve('a')) || Files.list(disks.resolve('a')).count() == 0
        older.appliedVersion() == 133

        when: 'it starts without the backup (DCIM_UPGRADE_BACKUP=false): the product\'s own migrations refuse'
        older.startProduct().close()

        then:
        def e = thrown(Exception)
        causes(e).any { it instanceof UpgradeOrder.Refused && it.message == refused.message }
        older.appliedVersion() == 133

        when: 'the release before has finished it'
        older.withConnection { c -> c.createStatement().execute("UPDATE background_migration SET state = 'done'") }
        older.startProduct().close()

        then: 'the upgrade goes ahead'
        older.appliedVersion() == older.newestMigration()

        cleanup:
        older.drop()
    }

    static List<Throwable> causes(Throwable t) {
        def all = []
        for (def c = t; c != null && !all.contains(c); c = c.cause) {
            all << c
        }
        all
    }

    static boolean waitFor(Closure<Boolean> condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20)
        while (System.nanoTime() < deadline) {
            if (condition()) {
                return true
            }
            Thread.sleep(50)
        }
        false
    }
}
