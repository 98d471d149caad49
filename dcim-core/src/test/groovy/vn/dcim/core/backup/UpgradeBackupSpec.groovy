package vn.dcim.core.backup

import spock.lang.Specification
import spock.lang.TempDir
import vn.dcim.core.crypto.KeyDirectory
import vn.dcim.core.db.UpgradeKeepsEveryRowSpec
import vn.dcim.core.testing.EveryTableSeed
import vn.dcim.core.testing.SideSchema

import java.nio.file.Files
import java.nio.file.Path
import java.time.Instant

/**
 * An upgrade backs the database up before it migrates it, and that backup takes the installation back to
 * the release before: restored, the database is that release's to the table and the row, and it upgrades
 * again later.
 */
class UpgradeBackupSpec extends Specification {
    static final Instant NOW = Instant.parse('2026-11-27T02:00:00Z')
    /** The schema of the 2026-11-24 release. */
    static final String RELEASE_BEFORE = '99'

    @TempDir Path disks
    @TempDir Path keysDir

    SideSchema db = new SideSchema('_upgrade_backup').createEmpty()

    def cleanup() {
        db.drop()
    }

    BackupSettings settings() {
        new BackupSettings(destinations: [disks.resolve('a').toString(), disks.resolve('b').toString()])
    }

    MariaDbServer server() {
        MariaDbServer.fromJdbcUrl(db.url, SideSchema.USER, SideSchema.PASSWORD, null)
    }

    UpgradeBackup upgradeBackup() {
        new UpgradeBackup(server(), settings(), KeyDirectory.at(keysDir))
    }

    def "a database of the release before is backed up before it is migrated, and the backup rolls the upgrade back"() {
        given: 'a database of the 2026-11-24 release with a row in each of its tables'
        db.migrateTo(RELEASE_BEFORE)
        def seed = db.withConnection { c -> EveryTableSeed.plant(c, db.name, UpgradeKeepsEveryRowSpec.ENUMERATIONS) }
        def releaseBeforeTables = tables()

        when: 'this release starts on it: the backup first, then the migrations'
        def pending = upgradeBackup().pending().orElseThrow()
        def backup = upgradeBackup().beforeMigrating(NOW).orElseThrow()
        def versionBackedUp = db.appliedVersion()
        db.startProduct().close()

        then: 'the backup is verified, in both destinations, and was taken at the release before'
        pending.from() == RELEASE_BEFORE
        pending.to() == db.newestMigration() as String
        backup.ok()
        backup.copies()*.parent == [disks.resolve('a'), disks.resolve('b')]
        versionBackedUp == RELEASE_BEFORE as int
        db.appliedVersion() == db.newestMigration()

        when: 'the operator goes back: ./dcim restore of that backup'
        new DatabaseBackup(server(), settings(), KeyDirectory.at(keysDir)).restore(backup.copies()[0], db.name)

        then: "the database is the release before's again: its tables and no newer one, every seeded row"
        db.appliedVersion() == RELEASE_BEFORE as int
        tables() == releaseBeforeTables
        db.withConnection { c -> seed.lost(c, db.name) } == []

        when: 'the upgrade is made again later'
        def again = upgradeBackup().beforeMigrating(NOW.plusSeconds(86_400))
        db.startProduct().close()

        then: 'it backs up and migrates as the first time'
        again.present
        db.appliedVersion() == db.newestMigration()
    }

    def "#database is not backed up: there is nothing to keep, or nothing changes"() {
        given:
        prepare(db)

        expect:
        upgradeBackup().beforeMigrating(NOW).empty
        !Files.exists(disks.resolve('a'))

        where:
        database                                  | prepare
        'a new database'                          | { SideSchema it -> }
        "a database at this release's schema"     | { SideSchema it -> it.flyway().load().migrate() }
    }

    def "a backup that cannot be made stops the upgrade with one line, before anything is migrated"() {
        given: 'a database of the release before, and a first destination that is a file, not a directory'
        db.migrateTo(RELEASE_BEFORE)
        Files.writeString(disks.resolve('a'), 'not a directory')

        when:
        upgradeBackup().beforeMigrating(NOW)

        then:
        def refused = thrown(UpgradeBackup.Refused)
        oneLineStartingWith(refused, "the backup before upgrading the database from V${RELEASE_BEFORE} to V${db.newestMigration()} failed, nothing was migrated")
        db.appliedVersion() == RELEASE_BEFORE as int
    }

    def "a database that a newer release migrated is refused in one line, and neither backed up nor touched"() {
        given: "a database at this release's schema, and one migration further by a newer release"
        db.flyway().load().migrate()
        int newer = db.newestMigration() + 1
        db.recordNewerMigration(newer)

        when:
        upgradeBackup().beforeMigrating(NOW)

        then:
        def refused = thrown(UpgradeBackup.Refused)
        oneLineStartingWith(refused, "the database was migrated by a newer release (to V${newer}), this release knows V${db.newestMigration()} at most")
        !Files.exists(disks.resolve('a'))
        db.appliedVersion() == newer
    }

    def "a database whose schema version cannot be read stops the start with one line"() {
        given: 'credentials the server refuses'
        def refusing = new MariaDbServer(server().host(), server().port(), server().database(), SideSchema.USER, 'not-the-password', null)

        when:
        new UpgradeBackup(refusing, settings(), KeyDirectory.at(keysDir)).beforeMigrating(NOW)

        then:
        def refused = thrown(UpgradeBackup.Refused)
        oneLineStartingWith(refused, "the database's schema version could not be read, nothing was migrated: ")
    }

    private Set<String> tables() {
        db.withConnection { c ->
            def q = c.prepareStatement('SELECT table_name FROM information_schema.tables WHERE table_schema = ?')
            q.setString(1, db.name)
            def r = q.executeQuery()
            Set<String> names = [] as Set
            while (r.next()) {
                names << r.getString(1)
            }
            names
        }
    }

    /** The refusal is one line, starting so. */
    static void oneLineStartingWith(UpgradeBackup.Refused refused, String start) {
        assert refused.message.startsWith(start)
        assert !refused.message.contains('\n')
    }
}
