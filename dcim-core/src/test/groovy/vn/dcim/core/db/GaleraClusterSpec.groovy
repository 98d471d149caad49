package vn.dcim.core.db

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Requires
import spock.lang.Stepwise
import vn.dcim.core.telemetry.Reading
import vn.dcim.core.telemetry.ReadingSink
import vn.dcim.core.testing.GaleraSpec
import vn.dcim.core.testing.Sql

import javax.sql.DataSource
import java.sql.DriverManager
import java.time.Instant
import java.util.concurrent.CopyOnWriteArrayList
import java.util.concurrent.atomic.AtomicBoolean

/**
 * The product on a 3-node MariaDB Galera cluster (docs/deploy.md "MariaDB Galera"): .ci/galera
 * starts it and .ci/run sets DCIM_TEST_GALERA_URL (jdbc:mariadb:sequential://node1,node2,node3/) when it
 * is up; without it this spec is skipped. The migrations apply under the cluster's REQUIRED_PRIMARY_KEY,
 * and the node in use is stopped while readings stream through the product's ReadingSink.
 */
@Requires({ System.getenv('DCIM_TEST_GALERA_URL') })
@Stepwise
@MicronautTest(transactional = false)
class GaleraClusterSpec extends GaleraSpec {
    static final String SCRIPT = System.getenv('DCIM_GALERA_SCRIPT') ?: '../.ci/galera'
    static final int BATCH = 50

    @Inject
    DataSource dataSource

    @Inject
    ReadingSink sink

    @Inject
    DatabaseReachability reachability

    @Override
    String schema() { 'dcim_galera' }

    def "the migrations apply on the cluster, every table with a primary key, and reach every node"() {
        given:
        def sql = new Sql(dataSource)

        expect: 'a 3-node cluster, synced, that refuses tables without a primary key'
        sql.rows("SHOW STATUS LIKE 'wsrep_cluster_size'")[0].Value == '3'
        sql.rows("SHOW STATUS LIKE 'wsrep_local_state_comment'")[0].Value == 'Synced'
        sql.rows('SELECT @@wsrep_mode AS m')[0].m.contains('REQUIRED_PRIMARY_KEY')

        and: 'the same tables on each node'
        def counts = (1..3).collect { node -> onNode(node) { c -> count(c, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'dcim_galera'") } }
        counts[0] > 50
        counts.toSet().size() == 1
        onNode(2) { c ->
            count(c, '''SELECT COUNT(*) FROM information_schema.tables t WHERE t.table_schema = 'dcim_galera' AND t.table_type = 'BASE TABLE'
                        AND t.table_name NOT IN (SELECT k.table_name FROM information_schema.table_constraints k
                                                 WHERE k.table_schema = 'dcim_galera' AND k.constraint_type = 'PRIMARY KEY')''')
        } == 0
    }

    def "the node in use stops during an ingest stream: nothing acknowledged is lost and writing resumes within seconds"() {
        given: 'a stream of batches through the ReadingSink; a batch is acknowledged when record() returns'
        def device = 'galera-' + UUID.randomUUID().toString().take(8)
        def t0 = Instant.parse('2026-11-25T00:00:00Z')
        def acked = new CopyOnWriteArrayList<Long>()     // batch numbers
        def ackedAt = new CopyOnWriteArrayList<Long>()   // System.nanoTime() of each acknowledgement
        def failures = new CopyOnWriteArrayList<String>()
        def stop = new AtomicBoolean()
        def writer = Thread.start('galera-ingest') {
            long n = 0
            while (!stop.get()) {
                def batch = (0..<BATCH).collect { i -> Reading.of(t0.plusSeconds(n), device, 'pdu.power', i as String, n + i / 100d, 'W') }
                try {
                    sink.record(batch)
                    acked << n
                    ackedAt << System.nanoTime()
                } catch (RuntimeException e) {
                    failures << "batch $n: $e.message".toString()
                }
                n++
            }
        }
        waitFor(30) { acked.size() >= 20 }
        def inUse = new Sql(dataSource).rows('SELECT @@port AS port')[0].port as int

        when: 'the node in use is stopped'
        def stoppedAt = System.nanoTime()
        def node = inUse - 3320
        run(SCRIPT, 'stop-node', node as String)
        def ackedBeforeStopDone = acked.size()
        waitFor(60) { acked.size() >= ackedBeforeStopDone + 20 }
        stop.set(true)
        writer.join(60_000)

        then: 'the stopped node was the one written to'
        inUse in [3321, 3322, 3323]

        and: 'every batch was written (retried on the surviving nodes), none refused'
        failures == []

        and: 'writing resumed within seconds of the stop'
        def afterStop = ackedAt.findAll { it > stoppedAt }
        afterStop.size() >= 20
        def longestPauseMs = ([stoppedAt] + afterStop).collate(2, 1, false).collect { (it[1] - it[0]).intdiv(1_000_000) }.max()
        println "Galera: node $node stopped; longest pause between acknowledged batches ${longestPauseMs} ms; ${acked.size()} batches acknowledged"
        longestPauseMs < 15_000

        and: 'every acknowledged point is on a surviving node, read with causal consistency'
        def survivor = [1, 2, 3].find { it != node }
        def stored = onNode(survivor) { c ->
            count(c, '''SELECT COUNT(*) FROM dcim_galera.series_point p JOIN dcim_galera.series s ON s.id = p.series_id
                        WHERE s.device_id = ?''', device)
        }
        stored >= acked.size() * BATCH
        and: 'and each acknowledged batch in full'
        def perBatch = onNode(survivor) { c ->
            def ps = c.prepareStatement('''SELECT p.ts, COUNT(*) FROM dcim_galera.series_point p JOIN dcim_galera.series s ON s.id = p.series_id
                                           WHERE s.device_id = ? GROUP BY p.ts''')
            ps.setString(1, device)
            def rs = ps.executeQuery()
            def out = [:]
            while (rs.next()) {
                out[rs.getTimestamp(1).toLocalDateTime()] = rs.getLong(2)
            }
            out
        }
        acked.findAll { n -> perBatch[java.time.LocalDateTime.ofInstant(t0.plusSeconds(n), java.time.ZoneOffset.UTC)] != BATCH } == []

        cleanup: 'the node joins again (IST), for the next run'
        stop.set(true)
        run(SCRIPT, 'start-node', (node ?: 1) as String)
    }

    def "the node in use stops: the database probe moves to a surviving node, so requests are not refused as in an outage"() {
        given: 'the probe on the cluster URL, answered by one of its nodes (the pool may be on another)'
        def before = reachability.probeNow()
        before.reachable()
        def inUse = before.server().tokenize(':').last() as int
        def node = inUse - 3320
        List<Boolean> seen = []

        when: 'that node stops, and the probe is asked ten times a second for 5 s'
        run(SCRIPT, 'stop-node', node as String)
        long stoppedAt = System.nanoTime()
        while (System.nanoTime() - stoppedAt < 5_000_000_000L) {
            seen << reachability.probeNow().reachable()
            Thread.sleep(100)
        }
        long poolAnswered = timedMs { new Sql(dataSource).rows('SELECT @@port AS port')[0].port as int }

        then: 'unreachable for at most the first second or so (a connection to the stopped node found broken), then reachable'
        seen.takeRight(30).every()
        seen.count { !it } <= 10
        reachability.state().reachable()

        and: 'through another node'
        inUse in [3321, 3322, 3323]
        reachability.state().server().tokenize(':').last() as int != inUse

        and: 'the pool answers from a surviving node without its connection timeout'
        poolAnswered < 5_000

        cleanup:
        run(SCRIPT, 'start-node', (node ?: 1) as String)
    }

    static long timedMs(Closure work) {
        long t0 = System.nanoTime()
        work()
        (System.nanoTime() - t0).intdiv(1_000_000)
    }

    def "a lease claimed on two nodes at once: the row lock holds on one node only, the second commit loses certification (1213) and is retried"() {
        given: 'a free lease; two pollers whose connections reach two different nodes'
        def device = 'galera-lease-' + UUID.randomUUID().toString().take(6)
        onNode(2) { c ->
            c.createStatement().execute("INSERT IGNORE INTO dcim_galera.site (id, name) VALUES ('galera', 'Galera')")
            c.createStatement().execute("INSERT INTO dcim_galera.monitored_device (id, site_id, name, protocol) VALUES ('$device', 'galera', '$device', 'snmp')")
            c.createStatement().execute("INSERT INTO dcim_galera.device_lease (device_id, owner, expires_at) VALUES ('$device', '', '2000-01-01 00:00:00')")
        }
        java.sql.SQLException lost = null

        when: 'both lock the row FOR UPDATE (neither waits: the lock is node-local), take it and commit'
        onNode(2) { a ->
            onNode(3) { b ->
                [a, b].each { it.autoCommit = false }
                [[a, 'poller-a'], [b, 'poller-b']].each { c, owner ->
                    c.createStatement().executeQuery("SELECT owner FROM dcim_galera.device_lease WHERE device_id = '$device' FOR UPDATE").close()
                    c.createStatement().executeUpdate("UPDATE dcim_galera.device_lease SET owner = '$owner' WHERE device_id = '$device'")
                }
                a.commit()
                try {
                    b.commit()
                } catch (java.sql.SQLException e) {
                    lost = e
                }
            }
        }

        then: 'the second commit is refused as a deadlock, which inTransactionRetrying retries'
        lost != null
        lost.errorCode == 1213
        Jdbc.retryable(lost) != null

        and: 'the lease has one owner, on every node'
        (1..3).collect { n -> onNode(n) { c -> c.createStatement().executeQuery("SELECT owner FROM dcim_galera.device_lease WHERE device_id = '$device'").with { it.next(); it.getString(1) } } } == ['poller-a'] * 3
    }

    /** Work on one node, its reads causally after every write the cluster committed (a node applies them a little later). */
    static <T> T onNode(int node, Closure<T> work) {
        DriverManager.getConnection("jdbc:mariadb://127.0.0.1:${3320 + node}/", 'dcim', 'dcim').withCloseable { c ->
            c.createStatement().execute('SET SESSION wsrep_sync_wait = 1')
            work(c)
        }
    }

    static long count(java.sql.Connection c, String sql, Object... params) {
        def ps = c.prepareStatement(sql)
        params.eachWithIndex { p, i -> ps.setObject(i + 1, p) }
        def rs = ps.executeQuery()
        rs.next()
        rs.getLong(1)
    }

    static void run(String... command) {
        def p = new ProcessBuilder(['bash'] + command.toList()).redirectErrorStream(true).start()
        def out = p.inputStream.text
        assert p.waitFor() == 0: "${command.join(' ')} failed:\n$out"
    }

    static void waitFor(int seconds, Closure<Boolean> condition) {
        long until = System.nanoTime() + seconds * 1_000_000_000L
        while (!condition()) {
            assert System.nanoTime() < until: "not within $seconds s"
            Thread.sleep(100)
        }
    }
}
