package vn.dcim.core.testing

import io.micronaut.test.support.TestPropertyProvider
import spock.lang.Specification

/**
 * Base of every spec that needs the database: a real MariaDB server (started by .ci/services),
 * schema wiped and migrated afresh for each spec's application context.
 * DCIM_TEST_DB_URL moves it, e.g. to give parallel work its own schema.
 */
abstract class MariaDbSpec extends Specification implements TestPropertyProvider {
    /** The administrator's password of every spec's fresh database (the product's DCIM_ADMIN_PASSWORD). */
    static final String ADMIN_PASSWORD = 'Spec-Chief-Pass#2026'

    static String dbUrl() {
        String url = System.getenv('DCIM_TEST_DB_URL') ?: 'jdbc:mariadb://127.0.0.1:3306/dcim_test'
        String run = testRun()
        run ? url.replaceFirst('/([^/?]+)(\\?.*)?$', '/$1_' + run + '$2') : url
    }

    /**
     * The test JVM's own name, set by Surefire (module and fork number, e.g. {@code web_2}): each JVM gets its
     * own schema and broker, so the modules' specs and a module's forks run side by side.
     * Unset (a spec run from an IDE), the schema is DCIM_TEST_DB_URL's as it is.
     */
    static String testRun() {
        System.getProperty('dcim.test.run')?.replaceAll('[^A-Za-z0-9_]', '_') ?: null
    }

    /** Surefire's fork number of this JVM, 1 when not forked by number. */
    static int forkNumber() {
        String fork = System.getProperty('dcim.test.fork')
        fork?.isInteger() ? fork as int : 1
    }

    /** One key directory per test JVM, never beside a module's working directory (Art. 30.7c keys stay out of the tree). */
    static final String KEYS_DIR = keysDir()

    private static String keysDir() {
        def dir = java.nio.file.Files.createTempDirectory('dcim-spec-keys')
        Runtime.runtime.addShutdownHook(new Thread({ dir.toFile().deleteDir() }))
        dir.toString()
    }

    /**
     * The shared broker of this JVM: .ci/services runs one Mosquitto per test JVM that may run at once
     * (1883-1885 for web's forks, 1886-1887 for mqtt-bridge's, 1888-1889 snmp-poller's, 1890 dcim-core's: the pom's
     * dcim.test.broker is a module's first), because two bridges on one broker would each hear the other's
     * messages.
     */
    static String mqttUrl() {
        int first = Integer.getInteger('dcim.test.broker', 1883)
        System.getenv('DCIM_TEST_MQTT_URL') ?: "tcp://127.0.0.1:${first + forkNumber() - 1}".toString()
    }

    /** The database of this spec's context: DCIM_TEST_DB_URL's; a cluster spec names another (GaleraClusterSpec). */
    String specDbUrl() { dbUrl() }

    /** Where the spec's schema is made afresh before its context starts: specDbUrl(), unless a spec reaches the same schema by another way. */
    String freshSchemaUrl() { specDbUrl() }

    @Override
    Map<String, String> getProperties() {
        freshSchema(freshSchemaUrl())
        [
                'datasources.default.url'                     : specDbUrl(),
                'datasources.default.username'                : System.getenv('DCIM_TEST_DB_USER') ?: 'dcim',
                'datasources.default.password'                : System.getenv('DCIM_TEST_DB_PASSWORD') ?: 'dcim',
                'datasources.default.driver-class-name'       : 'org.mariadb.jdbc.Driver',
                'datasources.default.dialect'                 : 'MYSQL',
                // as web's application.yml: every DATETIME holds UTC (V61)
                'datasources.default.data-source-properties.connectionTimeZone'              : 'UTC',
                'datasources.default.data-source-properties.forceConnectionTimeZoneToSession': 'true',
                'datasources.default.data-source-properties.preserveInstants'                : 'true',
                'flyway.datasources.default.enabled'          : 'true',
                'dcim.mqtt.url'                               : mqttUrl(),
                'dcim.demo.enabled'                           : 'false',
                // the demo's hour of backfilled history polls private agents for ~45 s: only DemoBackfillSpec wants it
                'dcim.demo.backfill.enabled'                  : 'false',
                // the demo's half year of capacity history writes and rolls up thousands of readings: only DemoCapacityHistorySpec wants it
                'dcim.demo.history.enabled'                   : 'false',
                'dcim.scheduler.enabled'                      : 'false',
                // an alarm waiting for its cause is on the console at once: the console's on-delay (5 s) is held by
                // DeviceDropSpec and ConsoleSettleSpec, which set it themselves
                'dcim.alarm.console-settle-s'                 : '0',
                'dcim.mqtt.bridge.enabled'                    : 'false',
                'dcim.admin-password'                         : ADMIN_PASSWORD,
                // argon2id at its least cost (1 MiB, 1 pass: ~3 ms a hash instead of ~100): the specs sign in thousands
                // of times; PasswordHasherSpec holds the product's own cost
                'dcim.accounts.password.hash.memory-kib'      : '1024',
                'dcim.accounts.password.hash.iterations'      : '1',
                'dcim.keys-dir'                               : KEYS_DIR,
                // a free port: a spec's server must not depend on 8080 being free
                'micronaut.server.port'                       : '-1',
                // the trap and syslog receivers on free ports: specs run side by side
                'dcim.snmp.trap.port'                         : '0',
                'dcim.syslog.port'                            : '0',
                'dcim.syslog.tls-port'                        : '0',
        ] + extraProperties()
    }

    /**
     * The schema is dropped and created again in one statement each, before the context starts:
     * Flyway's clean drops table by table and failed in CI when a table vanished between its listing
     * and its drop ("Unknown table dcim_test.backup_dataset").
     *
     * Its tables are then copied from a template schema ({@code <schema>_tpl}) that Flyway migrates once
     * per test JVM, so the context's own Flyway finds the newest schema and has nothing to apply: a copy
     * takes ~0.4 s where the ~120 migrations take ~2 s, for each of ~180 specs. The copy
     * is the migrated schema to the letter: tables with their keys, foreign keys and partitions, views,
     * and the rows the migrations left (Flyway's history). A schema of a spec's own on this JVM's server (a product
     * process's database, a refused start's) is copied from this JVM's template too: a template of its own was ~90
     * migrations again, ~5 s in CI, for one copy.
     */
    static void freshSchema(String url = dbUrl()) {
        String schema = schemaOf(url)
        String server = serverOf(url)
        String templateOf = server == serverOf(dbUrl()) ? schemaOf(dbUrl()) : schema
        MigratedTemplate template = MigratedTemplate.of(server, templateOf + '_tpl')
        connect(server).withCloseable { c ->
            c.createStatement().withCloseable { s ->
                s.execute("DROP DATABASE IF EXISTS `${schema}`")
                s.execute("CREATE DATABASE `${schema}` CHARACTER SET utf8mb4")
            }
            template.copyInto(c, schema)
        }
    }

    // by pattern, not java.net.URI: a cluster's URL names several hosts (jdbc:mariadb:sequential://h1,h2/schema)
    private static String schemaOf(String url) {
        (url =~ '/([^/?]+)(\\?.*)?$')[0][1]
    }

    private static String serverOf(String url) {
        url.replaceFirst('/[^/?]+(\\?.*)?$', '/')
    }

    static java.sql.Connection connect(String server) {
        java.sql.DriverManager.getConnection(server, System.getenv('DCIM_TEST_DB_USER') ?: 'dcim',
                System.getenv('DCIM_TEST_DB_PASSWORD') ?: 'dcim')
    }

    /** Overridden by specs that need more settings. */
    Map<String, String> extraProperties() { [:] }
}
