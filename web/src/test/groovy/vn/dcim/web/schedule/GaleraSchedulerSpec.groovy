package vn.dcim.web.schedule

import spock.lang.Requires
import spock.lang.Specification
import spock.util.concurrent.PollingConditions
import vn.dcim.core.testing.GaleraLock
import vn.dcim.core.testing.MariaDbSpec

import java.sql.DriverManager
import java.sql.Timestamp

/**
 * Clustered Quartz on MariaDB Galera (docs/deploy/galera.md "Quartz"): two instances of the
 * product, each its own JVM, on the 3-node cluster of .ci/galera through Connector/J's sequential URL, as
 * ClusteredSchedulerSpec runs them on one server. Every instance writes through the same node, so Quartz's
 * lock row is a real lock; a due time of a duty fires once, none is skipped, and when the node in use is
 * stopped both move to the next node and the duty keeps firing, still once per due time.
 * Runs when the cluster is up (DCIM_TEST_GALERA_URL, set by .ci/run).
 */
@Requires({ System.getenv('DCIM_TEST_GALERA_URL') })
class GaleraSchedulerSpec extends Specification {
    static final String CLUSTER = System.getenv('DCIM_TEST_GALERA_URL')
    static final String SCRIPT = System.getenv('DCIM_GALERA_SCRIPT') ?: '../.ci/galera'
    static final String SCHEMA = 'dcim_galera_scheduler'
    static final List<Integer> NODES = [1, 2, 3]

    String url = CLUSTER.replaceFirst('/?$', '/') + SCHEMA
    ProductInstances instances = new ProductInstances()
    Integer stopped

    def setup() {
        // the cluster to this spec alone: dcim-core's Galera specs stop nodes too, in a test JVM beside this one
        GaleraLock.hold()
        MariaDbSpec.freshSchema(url)
    }

    def cleanup() {
        instances.stopAll()
        if (stopped) {
            run(SCRIPT, 'start-node', stopped as String)
        }
        GaleraLock.release()
    }

    def "two instances on the cluster fire each due time once, through one node, and go on firing when that node stops"() {
        given: 'two instances, started one after the other (the first migrates)'
        start('a')
        start('b')

        when: 'both are members of the one clustered scheduler (a loaded CI machine took more than 8 s for the second), and run for a while'
        new PollingConditions(timeout: 60, delay: 0.5).eventually {
            assert checkedIn().size() == 2
        }
        sleep(8000)
        def first = runs()

        then: 'both still are'
        checkedIn().size() == 2

        and: 'every connection of both is on one node: the lock row of QRTZ_LOCKS is locked there as on one server'
        def inUse = nodesInUse()
        inUse.size() == 1

        and: 'each due time fired once and none was skipped'
        first.size() >= 5
        repeated(first) == []
        skipped(first.findAll { it.scheduled_at > first[1].scheduled_at }) == []

        when: 'the node in use is stopped'
        stopped = inUse[0]
        def stoppedAt = new Timestamp(System.currentTimeMillis())
        run(SCRIPT, 'stop-node', stopped as String)
        def stopDone = new Timestamp(System.currentTimeMillis() + 1000)

        then: 'the duty goes on firing, each due time once, now through one surviving node'
        new PollingConditions(timeout: 90, delay: 1).eventually {
            def after = runs().findAll { it.scheduled_at > stoppedAt && it.status == 'ok' }
            assert after.size() >= 8
        }
        def all = runs()
        repeated(all) == []
        def resumed = all.findAll { it.scheduled_at > stoppedAt && it.status == 'ok' }
        println "Galera: node $stopped stopped; ${resumed.size()} runs of the duty since, none repeated"
        skipped(all.findAll { it.scheduled_at > stopDone }) == []
        nodesInUse().with { it.size() == 1 && it[0] != stopped }

        and: 'both are members again: an instance whose check-in the stop delayed was taken for failed by the other, and checks in anew'
        new PollingConditions(timeout: 30, delay: 0.5).eventually {
            assert checkedIn().size() == 2
        }
    }

    /** Due times that were run more than once. */
    private static List<Timestamp> repeated(List<Map> runs) {
        runs.countBy { it.scheduled_at }.findAll { it.value > 1 }.keySet().toList()
    }

    /** Due times (every second: TickDuty) between the first and the last run that no run has. */
    private static List<Timestamp> skipped(List<Map> runs) {
        if (runs.size() < 2) {
            return []
        }
        def have = runs*.scheduled_at*.time.toSet()
        (runs[0].scheduled_at.time..runs[-1].scheduled_at.time).step(1000).findAll { !(it in have) }.collect { new Timestamp(it) }
    }

    /** The instances in Quartz's cluster table, read on any live node. */
    private List<String> checkedIn() {
        onLiveNode { c ->
            def rs = c.createStatement().executeQuery("SELECT INSTANCE_NAME FROM ${SCHEMA}.QRTZ_SCHEDULER_STATE")
            def out = []
            while (rs.next()) {
                out << rs.getString(1)
            }
            out
        }
    }

    /** The nodes that hold connections of the instances to the product's schema. */
    private List<Integer> nodesInUse() {
        NODES.findAll { it != stopped }.findAll { node ->
            onNode(node) { c ->
                def rs = c.createStatement().executeQuery(
                        "SELECT COUNT(*) FROM information_schema.processlist WHERE db = '${SCHEMA}' AND id <> CONNECTION_ID()")
                rs.next()
                rs.getLong(1) > 0
            }
        }
    }

    private List<Map> runs() {
        onLiveNode { c -> ProductInstances.tickRuns(c, "${SCHEMA}.duty_run") }
    }

    private <T> T onLiveNode(Closure<T> work) {
        onNode(NODES.find { it != stopped }, work)
    }

    /** A connection to one node (no schema: it must not count as the instances'), reads causally after every commit. */
    private static <T> T onNode(int node, Closure<T> work) {
        DriverManager.getConnection("jdbc:mariadb://127.0.0.1:${3320 + node}/", 'dcim', 'dcim').withCloseable { c ->
            c.createStatement().execute('SET SESSION wsrep_sync_wait = 1')
            work(c)
        }
    }

    private Process start(String name) {
        instances.start("galera-${name}", url, 'dcim', 'dcim')
    }

    private static void run(String... command) {
        def p = new ProcessBuilder(['bash'] + command.toList()).redirectErrorStream(true).start()
        def out = p.inputStream.text
        assert p.waitFor() == 0: "${command.join(' ')} failed:\n$out"
    }
}
