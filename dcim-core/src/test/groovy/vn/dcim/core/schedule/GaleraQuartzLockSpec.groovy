package vn.dcim.core.schedule

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import spock.lang.Requires
import vn.dcim.core.testing.GaleraSpec

import java.sql.Connection
import java.sql.DriverManager
import java.sql.SQLException
import java.text.MessageFormat

/**
 * What Quartz's clustered job store needs on MariaDB Galera (docs/deploy/galera.md "Quartz"):
 * its cluster lock is a lock on a row of QRTZ_LOCKS. On one node such a lock makes the second holder wait;
 * across two nodes Galera has no row locks, only certification of the rows a transaction changed at commit.
 * Quartz's own statement (SELECT ... FOR UPDATE) changes nothing, so both holders commit: no exclusion. The
 * product's statement (QuartzFactory.LOCK_ROW_SQL) changes the lock row, so the second commit is refused
 * (1213) and Quartz rolls back and tries again. Runs when .ci/galera is up (DCIM_TEST_GALERA_URL).
 */
@Requires({ System.getenv('DCIM_TEST_GALERA_URL') })
@MicronautTest(transactional = false)
class GaleraQuartzLockSpec extends GaleraSpec {
    static final String SCHEMA = 'dcim_galera_quartz'
    static final String SCHEDULER = 'galera-spec'
    /** Quartz's default lock handler's statement (StdRowLockSemaphore.SELECT_FOR_LOCK), expanded. */
    static final String QUARTZ_SELECT = "SELECT * FROM QRTZ_LOCKS WHERE SCHED_NAME = '${SCHEDULER}' AND LOCK_NAME = 'TRIGGER_ACCESS' FOR UPDATE"
    static final String PRODUCT_UPDATE = MessageFormat.format(QuartzFactory.LOCK_ROW_SQL, 'QRTZ_', "'${SCHEDULER}'")
            .replace('?', "'TRIGGER_ACCESS'")

    @Override
    String schema() { SCHEMA }

    def setup() {
        onNode(2) { c -> c.createStatement().execute("INSERT IGNORE INTO QRTZ_LOCKS (SCHED_NAME, LOCK_NAME) VALUES ('${SCHEDULER}', 'TRIGGER_ACCESS')") }
    }

    def "the cluster lock taken with #lock by two schedulers on nodes #nodes: #outcome"() {
        expect:
        bothTake(nodes, statement) == outcome

        where:
        lock                     | nodes  | statement      || outcome
        'Quartz\'s FOR UPDATE'   | [2, 2] | QUARTZ_SELECT  || 'the second waits (1205)'
        'Quartz\'s FOR UPDATE'   | [2, 3] | QUARTZ_SELECT  || 'both commit'
        'the product\'s update'  | [2, 2] | PRODUCT_UPDATE || 'the second waits (1205)'
        'the product\'s update'  | [2, 3] | PRODUCT_UPDATE || 'the second commit is refused (1213)'
    }

    def "the product's lock statement is the one the job store uses, and it counts the lock row up"() {
        given:
        def before = lockCount()

        when:
        onNode(3) { c -> c.createStatement().executeUpdate(PRODUCT_UPDATE) }

        then:
        PRODUCT_UPDATE.startsWith('UPDATE QRTZ_LOCKS SET LOCK_COUNT = LOCK_COUNT + 1')
        lockCount() == before + 1
    }

    /** Two schedulers take the lock in turn, the second while the first still holds it, then both commit. */
    private static String bothTake(List<Integer> nodes, String statement) {
        onNode(nodes[0]) { a ->
            onNode(nodes[1]) { b ->
                [a, b].each { it.autoCommit = false }
                b.createStatement().execute('SET SESSION innodb_lock_wait_timeout = 1')
                execute(a, statement)
                try {
                    execute(b, statement)
                } catch (SQLException e) {
                    a.rollback()
                    b.rollback()
                    return "the second waits (${e.errorCode})".toString()
                }
                a.commit()
                try {
                    b.commit()
                    'both commit'
                } catch (SQLException e) {
                    "the second commit is refused (${e.errorCode})".toString()
                }
            }
        }
    }

    private static void execute(Connection c, String statement) {
        c.createStatement().withCloseable { s -> s.execute(statement) }
    }

    private static long lockCount() {
        onNode(1) { c ->
            def rs = c.createStatement().executeQuery("SELECT LOCK_COUNT FROM QRTZ_LOCKS WHERE SCHED_NAME = '${SCHEDULER}' AND LOCK_NAME = 'TRIGGER_ACCESS'")
            rs.next()
            rs.getLong(1)
        }
    }

    /** A connection to one node, its reads causally after every write the cluster committed. */
    private static <T> T onNode(int node, Closure<T> work) {
        DriverManager.getConnection("jdbc:mariadb://127.0.0.1:${3320 + node}/${SCHEMA}", 'dcim', 'dcim').withCloseable { c ->
            c.createStatement().execute('SET SESSION wsrep_sync_wait = 1')
            work(c)
        }
    }
}
