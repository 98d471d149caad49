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
            URI db = URI.create(dbUrl().substring('jdbc:'.length()))
            database = new TcpProxy(db.host, db.port)
        }
        database
    }

    @Override
    String specDbUrl() {
        URI db = URI.create(dbUrl().substring('jdbc:'.length()))
        "jdbc:mariadb://127.0.0.1:${database().port}${db.path}".toString()
    }

    def cleanupSpec() {
        database?.close()
        database = null
    }

    def cleanup() {
        database.restore()
    }
}
