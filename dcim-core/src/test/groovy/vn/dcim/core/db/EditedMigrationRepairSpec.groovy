package vn.dcim.core.db

import io.micronaut.context.ApplicationContext
import org.flywaydb.core.Flyway
import org.flywaydb.core.api.exception.FlywayValidateException
import spock.lang.Shared
import spock.lang.Specification
import vn.dcim.core.testing.MariaDbSpec

import java.nio.file.Files
import java.sql.DriverManager

/**
 * An install that applied V87 as it first shipped (an ALTER after the CREATE TABLE) still starts: the
 * product updates that recorded checksum before Flyway validates (RepairedMigrations), and only that one.
 */
class EditedMigrationRepairSpec extends Specification {
    static final String USER = System.getenv('DCIM_TEST_DB_USER') ?: 'dcim'
    static final String PASSWORD = System.getenv('DCIM_TEST_DB_PASSWORD') ?: 'dcim'

    @Shared String schema = URI.create(MariaDbSpec.dbUrl().substring(5)).path.substring(1) + '_v87'
    @Shared String url = MariaDbSpec.dbUrl().replaceFirst('/[^/?]+(\\?.*)?$', '/' + schema)
    @Shared String server = MariaDbSpec.dbUrl().replaceFirst('/[^/?]+(\\?.*)?$', '/')

    def setup() {
        DriverManager.getConnection(server, USER, PASSWORD).withCloseable { c ->
            c.createStatement().execute("DROP DATABASE IF EXISTS ${schema}")
            c.createStatement().execute("CREATE DATABASE ${schema} CHARACTER SET utf8mb4")
        }
        Flyway.configure().dataSource(url, USER, PASSWORD).locations('classpath:db/migration').target('99').load().migrate()
    }

    def cleanup() {
        DriverManager.getConnection(server, USER, PASSWORD).withCloseable { c ->
            c.createStatement().execute("DROP DATABASE IF EXISTS ${schema}")
        }
    }

    def "a database recorded with the first text of V87 is repaired at start, and Flyway alone would refuse it"() {
        given: 'V87 recorded as it first shipped'
        recordChecksum('87', 1033212504)

        when: 'Flyway validates without the repair'
        Flyway.configure().dataSource(url, USER, PASSWORD).locations('classpath:db/migration').load().validate()

        then:
        thrown(FlywayValidateException)

        when: 'the product starts on it'
        def context = start()

        then: 'it migrated, and V87 now carries the checksum of its current text'
        checksum('87') == -1534150798
        context.close() == null
    }

    def "a checksum that is neither text's is not touched: an edit nobody declared still stops the start"() {
        given:
        recordChecksum('87', 12345)

        when:
        start()

        then:
        thrown(Exception)
        checksum('87') == 12345
    }

    ApplicationContext start() {
        ApplicationContext.run([
                'datasources.default.url'              : url,
                'datasources.default.username'         : USER,
                'datasources.default.password'         : PASSWORD,
                'datasources.default.driver-class-name': 'org.mariadb.jdbc.Driver',
                'datasources.default.dialect'          : 'MYSQL',
                'datasources.default.data-source-properties.connectionTimeZone'              : 'UTC',
                'datasources.default.data-source-properties.forceConnectionTimeZoneToSession': 'true',
                'flyway.datasources.default.enabled'   : 'true',
                'dcim.demo.enabled'                    : 'false',
                'dcim.scheduler.enabled'               : 'false',
                'dcim.mqtt.bridge.enabled'             : 'false',
                'dcim.admin-password'                  : MariaDbSpec.ADMIN_PASSWORD,
                'dcim.keys-dir'                        : Files.createTempDirectory('v87-keys').toString(),
        ] as Map<String, Object>)
    }

    void recordChecksum(String version, int sum) {
        DriverManager.getConnection(url, USER, PASSWORD).withCloseable { c ->
            c.prepareStatement('UPDATE flyway_schema_history SET checksum = ? WHERE version = ?').with {
                setInt(1, sum); setString(2, version); executeUpdate()
            }
        }
    }

    int checksum(String version) {
        DriverManager.getConnection(url, USER, PASSWORD).withCloseable { c ->
            def s = c.prepareStatement('SELECT checksum FROM flyway_schema_history WHERE version = ?')
            s.setString(1, version)
            def rs = s.executeQuery()
            rs.next()
            rs.getInt(1)
        }
    }
}
