package vn.dcim.web.cli

import org.flywaydb.core.Flyway
import spock.lang.Shared
import spock.lang.Specification
import vn.dcim.web.db.EmbeddedMariaDb
import vn.dcim.web.testing.EmbeddedBinaries

import java.nio.file.Files
import java.nio.file.Path
import java.sql.DriverManager
import java.time.Duration
import java.time.Instant
import java.util.concurrent.TimeUnit

/**
 * {@code ./dcim run} on the data directory of the release before: the embedded database is backed up
 * before its first migration, or the start stops with one line when the backup cannot be made.
 */
class RunUpgradeBackupSpec extends Specification {
    /** The schema of the 2026-11-24 release. */
    static final String RELEASE_BEFORE = '99'

    /**
     * The data directory (and its keys) as the release before left it, made once: unpacking the bundled MariaDB,
     * installing it and migrating 99 versions is a third of the spec's time, and each feature starts on a copy.
     */
    @Shared Path releaseBefore = Files.createTempDirectory('run-upgrade-backup-before')
    @Shared Path releaseBeforeKeys = Files.createTempDirectory('run-upgrade-backup-before-keys')
    Path dataDir = Files.createTempDirectory('run-upgrade-backup')
    Path keysDir = Files.createTempDirectory('run-upgrade-backup-keys')
    Path log = dataDir.resolve('out.log')
    Process product

    def setupSpec() {
        EmbeddedBinaries.linkInto(releaseBefore)
        def db = EmbeddedMariaDb.start(settings(releaseBefore, releaseBeforeKeys), Instant.now())
        try {
            Flyway.configure().dataSource(db.url(), db.user(), db.password()).locations('classpath:db/migration')
                    .target(RELEASE_BEFORE).load().migrate()
            DriverManager.getConnection(db.url(), db.user(), db.password()).withCloseable { c ->
                c.createStatement().execute("INSERT INTO site (id, name) VALUES ('tth', 'Trung tâm Tích hợp dữ liệu')")
            }
        } finally {
            db.close()
        }
    }

    def setup() {
        copy(releaseBefore, dataDir)
        copy(releaseBeforeKeys, keysDir)
    }

    def cleanup() {
        if (product?.alive) {
            product.destroy()
            product.waitFor(60, TimeUnit.SECONDS) || product.destroyForcibly()
        }
        // a server's files are a few hundred MB
        dataDir.toFile().deleteDir()
        keysDir.toFile().deleteDir()
    }

    def cleanupSpec() {
        releaseBefore.toFile().deleteDir()
        releaseBeforeKeys.toFile().deleteDir()
    }

    static EmbeddedMariaDb.Settings settings(Path dataDir, Path keysDir) {
        new EmbeddedMariaDb.Settings(dataDir, 0, keysDir, Duration.ofSeconds(180), 'auto', null)
    }

    /**
     * A copy of a stopped server's directory, its modes (the server's executables, the keys' owner-only) kept; the
     * server's binaries linked, not copied (EmbeddedBinaries: nothing writes to them, and they are 350 MB).
     */
    private static void copy(Path from, Path to) {
        Path base = from.resolve('mariadb').resolve('base')
        Files.list(from).withCloseable { it.toList() }.each { Path top ->
            if (top.fileName.toString() == 'mariadb' && Files.isDirectory(base)) {
                Files.setPosixFilePermissions(Files.createDirectory(to.resolve('mariadb')), Files.getPosixFilePermissions(top))
                Files.list(top).withCloseable { it.toList() }.each { Path entry ->
                    cp(entry == base ? '-al' : '-a', entry, to.resolve('mariadb'))
                }
            } else {
                cp('-a', top, to)
            }
        }
    }

    private static void cp(Object... args) {
        Process cp = new ProcessBuilder(['cp'] + args*.toString()).inheritIO().start()
        assert cp.waitFor(120, TimeUnit.SECONDS) && cp.exitValue() == 0
    }

    def "the start backs the database of the release before up, then migrates it"() {
        given:
        int port = new ServerSocket(0).withCloseable { it.localPort }

        when: 'this release starts on the data directory, and a browser and a monitoring check ask all along'
        product = run(port)
        List<Map> upgrading = []
        UpgradeStart.await(product, log, Duration.ofSeconds(300), Duration.ofMillis(100)) {
            def page = ask(port, '/ui/alarms', 'text/html')
            if (page?.status == 503) {
                upgrading << page + [health: ask(port, '/health', 'application/json')]
            }
            ask(port, '/health', 'application/json')?.status == 200
        }
        def out = Files.readString(log)

        then: 'while it backed up and migrated, the port answered: 503, come back later, in Vietnamese, /health DOWN'
        !upgrading.isEmpty()
        upgrading.every { it.retryAfter == '30' && it.body.contains('Đang nâng cấp cơ sở dữ liệu (V' + RELEASE_BEFORE + ' → V') }
        upgrading.findAll { it.health != null }.every { it.health.status == 503 && it.health.body.contains('"DOWN"') }

        and: 'a verified backup in both destinations under the data directory'
        ['a', 'b'].every { d ->
            Files.list(dataDir.resolve('backups').resolve(d)).withCloseable { s -> s.anyMatch { it.fileName.toString() ==~ /dcim-.*\.sql\.gz\.enc/ } }
        }

        and: 'made before the first migration, and the log says where it is'
        out.contains("Upgrading the database from V${RELEASE_BEFORE}")
        out.indexOf('Backup before the upgrade: ' + dataDir.resolve('backups')) >= 0
        out.indexOf('Backup before the upgrade') < out.indexOf('Migrating schema')
    }

    def "a backup that cannot be made stops the start with one line and exit code 1"() {
        given: 'the first backup destination is a file'
        Files.createDirectories(dataDir.resolve('backups'))
        Files.writeString(dataDir.resolve('backups').resolve('a'), 'not a directory')

        when:
        product = run(new ServerSocket(0).withCloseable { it.localPort })
        def refusal = UpgradeStart.refusal(product, log)

        then:
        refusal.startsWith("dcim run: the backup before upgrading the database from V${RELEASE_BEFORE} to V${newest()} failed, nothing was migrated: ")
    }

    /** One request's status, Retry-After and body; null while nothing listens on the port. */
    private static Map ask(int port, String path, String accept) {
        UpgradeStart.answer(new URL("http://127.0.0.1:${port}${path}").openConnection() as HttpURLConnection, accept)
    }

    private Process run(int port) {
        UpgradeStart.run(dataDir, keysDir, log, port, [:])
    }

    private static int newest() {
        Files.list(Path.of('../dcim-core/src/main/resources/db/migration')).withCloseable { s ->
            s.map { (it.fileName.toString() =~ /^V(\d+)__/)[0][1] as int }.toList().max()
        }
    }
}
