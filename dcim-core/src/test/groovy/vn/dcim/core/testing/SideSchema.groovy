package vn.dcim.core.testing

import io.micronaut.context.ApplicationContext
import org.flywaydb.core.Flyway

import java.nio.file.Files
import java.sql.Connection
import java.sql.DriverManager

/**
 * A database of its own beside the spec database, for specs that bring a schema to an old version by
 * hand (an upgrade, a migration edited after it shipped) and then start the product on it: created
 * empty, migrated to a target, opened, and started on as an installation does.
 */
class SideSchema {
    static final String USER = System.getenv('DCIM_TEST_DB_USER') ?: 'dcim'
    static final String PASSWORD = System.getenv('DCIM_TEST_DB_PASSWORD') ?: 'dcim'

    final String name
    final String url
    private final String server

    /** The spec database's name with {@code suffix}, on the same server. */
    SideSchema(String suffix) {
        name = URI.create(MariaDbSpec.dbUrl().substring(5)).path.substring(1) + suffix
        url = MariaDbSpec.dbUrl().replaceFirst('/[^/?]+(\\?.*)?$', '/' + name)
        server = MariaDbSpec.dbUrl().replaceFirst('/[^/?]+(\\?.*)?$', '/')
    }

    /** Drops what an earlier run left and creates the schema empty. */
    SideSchema createEmpty() {
        onServer("DROP DATABASE IF EXISTS ${name}", "CREATE DATABASE ${name} CHARACTER SET utf8mb4")
        this
    }

    /** Applies the product's migrations up to {@code target}, as that release did. */
    SideSchema migrateTo(String target) {
        flyway().target(target).load().migrate()
        this
    }

    /** Flyway on this schema with the product's migrations, to configure further. */
    def flyway() {
        Flyway.configure().dataSource(url, USER, PASSWORD).locations('classpath:db/migration')
    }

    /** This build's newest migration, as Flyway finds it on the class path (not a newer release's in the history). */
    int newestMigration() {
        flyway().load().info().all().findAll { it.version != null && it.state.resolved }.collect { it.version }.max().version as int
    }

    /** The newest migration applied to this schema. */
    int appliedVersion() {
        withConnection { Connection c ->
            c.createStatement().executeQuery('SELECT MAX(CAST(version AS UNSIGNED)) FROM flyway_schema_history WHERE success').with { r ->
                r.next()
                r.getInt(1)
            }
        }
    }

    /** Records {@code version} as applied, as the upgrade of a newer release than this build leaves Flyway's history. */
    void recordNewerMigration(int version) {
        withConnection { Connection c ->
            c.createStatement().execute("""INSERT INTO flyway_schema_history
                    (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)
                SELECT MAX(installed_rank) + 1, '${version}', 'newer release', 'SQL', 'V${version}__newer_release.sql', 0, 'dcim', 1, 1
                FROM flyway_schema_history""")
        }
    }

    void drop() {
        onServer("DROP DATABASE IF EXISTS ${name}")
    }

    /** Runs {@code work} on a connection to this schema, closed afterwards. */
    def <T> T withConnection(Closure<T> work) {
        DriverManager.getConnection(url, USER, PASSWORD).withCloseable { Connection c -> work(c) }
    }

    /** Starts the product on this schema as an installation does: Flyway on, nothing scheduled or listening. */
    ApplicationContext startProduct() {
        ApplicationContext.run([
                'datasources.default.url'                                                    : url,
                'datasources.default.username'                                               : USER,
                'datasources.default.password'                                               : PASSWORD,
                'datasources.default.driver-class-name'                                      : 'org.mariadb.jdbc.Driver',
                'datasources.default.dialect'                                                : 'MYSQL',
                'datasources.default.data-source-properties.connectionTimeZone'              : 'UTC',
                'datasources.default.data-source-properties.forceConnectionTimeZoneToSession': 'true',
                'flyway.datasources.default.enabled'                                         : 'true',
                'dcim.demo.enabled'                                                          : 'false',
                'dcim.scheduler.enabled'                                                     : 'false',
                'dcim.mqtt.bridge.enabled'                                                   : 'false',
                'dcim.admin-password'                                                        : MariaDbSpec.ADMIN_PASSWORD,
                'dcim.keys-dir'                                                              : Files.createTempDirectory(name + '-keys').toString(),
        ] as Map<String, Object>)
    }

    private void onServer(String... statements) {
        DriverManager.getConnection(server, USER, PASSWORD).withCloseable { c ->
            statements.each { c.createStatement().execute(it) }
        }
    }
}
