package vn.dcim.web.cli

import org.flywaydb.core.Flyway
import spock.lang.Specification
import vn.dcim.core.testing.MariaDbSpec

import java.nio.file.Files
import java.nio.file.Path
import java.sql.DriverManager
import java.time.Duration
import java.util.concurrent.TimeUnit

/**
 * {@code ./dcim run} on an external MariaDB server (DCIM_DB_URL) that the release before migrated: the same verified
 * backup as on the embedded database is taken before the first migration, or the start stops with one line.
 */
class RunExternalUpgradeBackupSpec extends Specification {
    /** The schema of the 2026-11-24 release. */
    static final String RELEASE_BEFORE = '99'

    Path dataDir = Files.createTempDirectory('run-external-upgrade')
    Path keysDir = Files.createTempDirectory('run-external-upgrade-keys')
    Path log = dataDir.resolve('out.log')
    String schema = 'dcim_upgrade_ext_' + (MariaDbSpec.testRun() ?: 'ide')
    String server = MariaDbSpec.dbUrl().replaceFirst('/[^/?]+(\\?.*)?$', '/')
    Process product

    def setup() {
        MariaDbSpec.connect(server).withCloseable { c ->
            c.createStatement().execute("DROP DATABASE IF EXISTS `${schema}`")
            c.createStatement().execute("CREATE DATABASE `${schema}` CHARACTER SET utf8mb4")
        }
        Flyway.configure().dataSource(server + schema, user(), password()).locations('classpath:db/migration')
                .target(RELEASE_BEFORE).load().migrate()
        DriverManager.getConnection(server + schema, user(), password()).withCloseable { c ->
            c.createStatement().execute("INSERT INTO site (id, name) VALUES ('tth', 'Trung tâm Tích hợp dữ liệu')")
        }
    }

    def cleanup() {
        if (product?.alive) {
            product.destroy()
            product.waitFor(60, TimeUnit.SECONDS) || product.destroyForcibly()
        }
        MariaDbSpec.connect(server).withCloseable { c -> c.createStatement().execute("DROP DATABASE IF EXISTS `${schema}`") }
        dataDir.toFile().deleteDir()
        keysDir.toFile().deleteDir()
    }

    def "the start backs the external database of the release before up, then migrates it, answering on HTTPS meanwhile"() {
        given:
        int port = new ServerSocket(0).withCloseable { it.localPort }
        int httpsPort = new ServerSocket(0).withCloseable { it.localPort }

        when: 'HTTPS is on, and a browser that only knows the https:// address asks all along'
        product = run(port, [DCIM_HTTPS_PORT: httpsPort.toString(), DCIM_HTTP: 'on'])
        List<Map> upgrading = []
        UpgradeStart.await(product, log, Duration.ofSeconds(300), Duration.ofMillis(100)) {
            def page = overTls(httpsPort, '/ui/alarms')
            if (page?.status == 503) {
                upgrading << page
            }
            overTls(httpsPort, '/health')?.status == 200
        }
        def out = Files.readString(log)

        then: 'while it backed up and migrated, the HTTPS port answered over TLS: come back later, in Vietnamese'
        !upgrading.isEmpty()
        upgrading.every { it.retryAfter == '30' && it.body.contains('Đang nâng cấp cơ sở dữ liệu (V' + RELEASE_BEFORE + ' → V') }

        then: 'a verified backup in both destinations, made before the first migration'
        ['a', 'b'].every { d ->
            Files.list(dataDir.resolve('backups').resolve(d)).withCloseable { s -> s.anyMatch { it.fileName.toString() ==~ /dcim-.*\.sql\.gz\.enc/ } }
        }
        out.contains("Upgrading the database from V${RELEASE_BEFORE}")
        out.indexOf('Backup before the upgrade: ' + dataDir.resolve('backups')) >= 0
        out.indexOf('Backup before the upgrade') < out.indexOf('Migrating schema')

        and: 'the row of the release before is there after the migrations'
        DriverManager.getConnection(server + schema, user(), password()).withCloseable { c ->
            c.createStatement().executeQuery("SELECT name FROM site WHERE id = 'tth'").with { it.next() && it.getString(1) == 'Trung tâm Tích hợp dữ liệu' }
        }
    }

    def "without MariaDB's tools the start stops with one line that says what to do, nothing migrated"() {
        when:
        product = run(new ServerSocket(0).withCloseable { it.localPort }, [DCIM_MARIADB_BIN: dataDir.resolve('no-tools').toString()])
        def refusal = UpgradeStart.refusal(product, log)

        then:
        refusal.startsWith("dcim run: the backup before upgrading the database from V${RELEASE_BEFORE} to V")
        refusal.contains('DCIM_MARIADB_BIN')
        refusal.contains('DCIM_UPGRADE_BACKUP=false')
    }

    def "DCIM_UPGRADE_BACKUP=false starts without a backup, for a centre that took its own"() {
        given:
        int port = new ServerSocket(0).withCloseable { it.localPort }

        when:
        product = run(port, [DCIM_UPGRADE_BACKUP: 'false', DCIM_MARIADB_BIN: dataDir.resolve('no-tools').toString()])
        UpgradeStart.await(product, log, Duration.ofSeconds(300), Duration.ofMillis(500)) { health(port) == 200 }

        then:
        !Files.exists(dataDir.resolve('backups').resolve('a')) || Files.list(dataDir.resolve('backups').resolve('a')).withCloseable { it.count() } == 0
        !Files.readString(log).contains('Backup before the upgrade')
    }

    private static String user() { System.getenv('DCIM_TEST_DB_USER') ?: 'dcim' }

    private static String password() { System.getenv('DCIM_TEST_DB_PASSWORD') ?: 'dcim' }

    private static Integer health(int port) {
        try {
            HttpURLConnection c = new URL("http://127.0.0.1:${port}/health").openConnection() as HttpURLConnection
            c.connectTimeout = 1_000
            c.readTimeout = 5_000
            c.responseCode
        } catch (IOException e) {
            null
        }
    }

    /** One request over TLS (the product's generated certificate trusted as it is), or null while nothing answers. */
    private static Map overTls(int port, String path) {
        def tls = javax.net.ssl.SSLContext.getInstance('TLS')
        tls.init(null, [[checkClientTrusted: { a, b -> }, checkServerTrusted: { a, b -> }, getAcceptedIssuers: { [] as java.security.cert.X509Certificate[] }]
                                as javax.net.ssl.X509TrustManager] as javax.net.ssl.TrustManager[], null)
        def c = new URL("https://127.0.0.1:${port}${path}").openConnection() as javax.net.ssl.HttpsURLConnection
        c.SSLSocketFactory = tls.socketFactory
        c.hostnameVerifier = { h, s -> true }
        UpgradeStart.answer(c, 'text/html')
    }

    private Process run(int port, Map<String, String> env) {
        UpgradeStart.run(dataDir, keysDir, log, port, [DCIM_DB_URL: server + schema, DCIM_DB_USER: user(), DCIM_DB_PASSWORD: password()] + env)
    }
}
