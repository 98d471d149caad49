package vn.dcim.web.cli

import io.micronaut.context.exceptions.BeanInstantiationException
import io.micronaut.http.server.exceptions.ServerStartupException
import spock.lang.Specification

import java.sql.SQLNonTransientConnectionException

/**
 * The one line of a failed start, found in the cause chain as the application context wraps it (a bean's
 * failure inside one or more BeanInstantiationExceptions whose messages repeat it with the bean path).
 */
class StartRefusalSpec extends Specification {
    static final Map<Integer, String> HTTP = [8080: 'DCIM_PORT', 8443: 'DCIM_HTTPS_PORT']

    def "#cause gives the line: #line"() {
        expect:
        StartRefusal.line(failure, HTTP, externalDb) == line

        where:
        cause                      | failure                                                                                                                         | externalDb                        || line
        'a refused admin password' | wrapped(new IllegalStateException('DCIM_ADMIN_PASSWORD is refused by the password policy: too short', new RuntimeException('x'))) | null                              || 'DCIM_ADMIN_PASSWORD is refused by the password policy: too short'
        'a busy syslog port'       | wrapped(new UncheckedIOException('Could not open the syslog port 1514 (DCIM_SYSLOG_PORT): Address already in use', new java.net.BindException('Address already in use'))) | null || 'Could not open the syslog port 1514 (DCIM_SYSLOG_PORT): Address already in use'
        'a busy HTTP port'         | new ServerStartupException('Unable to start Micronaut server on *:8080', new java.net.BindException('Address already in use'))   | null                              || 'the HTTP port 8080 is in use by another program: stop what holds it or set another DCIM_PORT (or --port)'
        'a busy HTTPS port'        | new ServerStartupException('Unable to start Micronaut server on *:8443', new java.net.BindException('Address already in use'))   | null                              || 'the HTTPS port 8443 is in use by another program: stop what holds it or set another DCIM_HTTPS_PORT'
        'an unreachable database'  | wrapped(new SQLNonTransientConnectionException('Socket fail to connect to db:3306. Connection refused'))                          | 'jdbc:mariadb://db:3306/dcim'     || 'the database jdbc:mariadb://db:3306/dcim cannot be used (Socket fail to connect to db:3306. Connection refused): check DCIM_DB_URL, DCIM_DB_USER and DCIM_DB_PASSWORD'
        'an upgrade too early'     | wrapped(new org.flywaydb.core.api.FlywayException('Error while executing beforeEachMigrate callback', new vn.dcim.core.upgrade.UpgradeOrder.Refused('the background migrations of the release before are not finished: x (V63, 1 of 2 rows, running)'))) | 'jdbc:mariadb://db:3306/dcim' || 'the background migrations of the release before are not finished: x (V63, 1 of 2 rows, running)'
        'anything else'            | wrapped(new IllegalArgumentException('no such profile\nsecond line'))                                                            | null                              || 'did not start: no such profile'
    }

    /** As the context throws a bean's failure: its message repeated in the wrapper's, with the path taken. */
    static Throwable wrapped(Throwable cause) {
        new BeanInstantiationException("Error instantiating bean of type [Receiver]\n\nMessage: ${cause.message}\nPath Taken:\nnew Receiver()", cause)
    }
}
