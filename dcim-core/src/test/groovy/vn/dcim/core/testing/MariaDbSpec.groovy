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
        System.getenv('DCIM_TEST_DB_URL') ?: 'jdbc:mariadb://127.0.0.1:3306/dcim_test'
    }

    static String mqttUrl() {
        System.getenv('DCIM_TEST_MQTT_URL') ?: 'tcp://127.0.0.1:1883'
    }

    @Override
    Map<String, String> getProperties() {
        [
                'datasources.default.url'                     : dbUrl(),
                'datasources.default.username'                : System.getenv('DCIM_TEST_DB_USER') ?: 'dcim',
                'datasources.default.password'                : System.getenv('DCIM_TEST_DB_PASSWORD') ?: 'dcim',
                'datasources.default.driver-class-name'       : 'org.mariadb.jdbc.Driver',
                'datasources.default.dialect'                 : 'MYSQL',
                'flyway.datasources.default.enabled'          : 'true',
                'flyway.datasources.default.clean-schema'     : 'true',
                'flyway.datasources.default.clean-disabled'   : 'false',
                'dcim.mqtt.url'                               : mqttUrl(),
                'dcim.demo.enabled'                           : 'false',
                'dcim.scheduler.enabled'                      : 'false',
                'dcim.mqtt.bridge.enabled'                    : 'false',
                'dcim.admin-password'                         : ADMIN_PASSWORD,
                // a free port: a spec's server must not depend on 8080 being free
                'micronaut.server.port'                       : '-1',
        ] + extraProperties()
    }

    /** Overridden by specs that need more settings. */
    Map<String, String> extraProperties() { [:] }
}
