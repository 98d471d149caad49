package vn.dcim.web.health

import spock.lang.Shared
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.mqtt.testing.TcpProxy

/**
 * A spec whose product reaches the real MariaDB through a proxy the spec can cut or stall; the server itself keeps
 * running. Restored after every feature.
 */
abstract class ProxiedDatabaseSpec extends MariaDbSpec {
    @Shared static TcpProxy database

    static TcpProxy database() {
        if (database == null) {
            database = TcpProxy.before(dbUrl())
        }
        database
    }

    @Override
    String specDbUrl() {
        database().jdbcUrl(dbUrl())
    }

    /**
     * The schema the proxy leads to, made directly: copied from this JVM's template. Through the proxy the server
     * looked like another one, whose template Flyway migrated again (~3 s in CI, for each of these specs).
     */
    @Override
    String freshSchemaUrl() {
        dbUrl()
    }

    def cleanupSpec() {
        database?.close()
        database = null
    }

    def cleanup() {
        database.restore()
    }
}
