package vn.dcim.mqtt.ingest

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared
import spock.util.concurrent.PollingConditions
import org.spockframework.runtime.SpockTimeoutError
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
import vn.dcim.mqtt.testing.BridgeSpec
import vn.dcim.mqtt.testing.TcpProxy

import java.time.Instant

/**
 * No message lost, none logged twice: a broker restart and a database outage in the middle of a stream.
 * The database is reached through a proxy the spec cuts; the shared MariaDB keeps running. The outage
 * lasts three keep-alives (the broker gives up on a silent client after one and a half): a bridge that
 * stopped pinging while its commits fail would be dropped and have to come back. The keep-alive is
 * shortened for the spec (the product's default is 30 s), so the outage is 15 s.
 */
@MicronautTest(transactional = false)
class BridgeResilienceSpec extends BridgeSpec {
    static final int KEEP_ALIVE_S = 5
    static final long OUTAGE_MS = 3 * KEEP_ALIVE_S * 1000L

    @Shared
    static TcpProxy database

    @Inject
    IngestPipeline pipeline

    static TcpProxy database() {
        if (database == null) {
            database = TcpProxy.before(dbUrl())
        }
        database
    }

    @Override
    Map<String, String> bridgeProperties() {
        ['datasources.default.url'               : database().jdbcUrl(dbUrl()),
         'datasources.default.connection-timeout': '2000',
         'datasources.default.validation-timeout': '1000',
         // small batches keep the bridge behind the publisher, so the restart really hits it mid-stream
         'dcim.mqtt.bridge.batch-size'           : '20',
         'dcim.mqtt.bridge.keep-alive'           : KEEP_ALIVE_S + 's']
    }

    def cleanupSpec() {
        database?.close()
        database = null
    }

    def "a broker restart mid-stream loses no message and duplicates none"() {
        given:
        def stream = new Stream('restart')
        long committedBefore = pipeline.stats().committed()

        when: 'the first half is published and the broker restarts while the bridge is still working through it'
        stream.publish(0, 4000)
        long committedAtRestart = pipeline.stats().committed()
        broker.restart()

        and: 'the second half is published after the restart, with the last messages before it sent again'
        stream.publish(4000, 8000)
        stream.publish(3800, 4000)

        then: 'the restart came before the bridge had committed the first half'
        committedAtRestart - committedBefore < 4000
        everyMessageStored(stream, 90)
        everyCopyHandled(committedBefore, 8200, 30)

        and: 'nothing twice: each message is one row although 200 arrived twice'
        stream.nothingTwice()
    }

    def "a database outage of three keep-alives mid-stream loses no message and duplicates none"() {
        given:
        def stream = new Stream('outage')
        long retriesBefore = pipeline.stats().commitRetries()
        long committedBefore = pipeline.stats().committed()

        when: 'the database goes away while the first half is on its way'
        def first = Thread.start { stream.publish(0, 4000) }
        Thread.sleep(300)
        database.cut()
        Instant cutAt = Instant.now()
        first.join()

        and: 'the second half is published while it is still away, with a slice of the first sent again'
        stream.publish(4000, 8000)
        stream.publish(0, 200)
        Thread.sleep(Math.max(0, OUTAGE_MS - (Instant.now().toEpochMilli() - cutAt.toEpochMilli())))
        long storedDuringOutage = pipeline.stats().committed()
        database.restore()

        then:
        everyMessageStored(stream, 120)
        pipeline.stats().commitRetries() > retriesBefore
        everyCopyHandled(committedBefore, 8200, 30)

        and: 'nothing twice: each message is one row although 200 arrived twice'
        stream.nothingTwice()
    }

    /** The bridge has committed every message sent, the second copies included, so a duplicate would be stored by now. */
    void everyCopyHandled(long committedBefore, int sent, int seconds) {
        new PollingConditions(timeout: seconds, delay: 0.5).eventually {
            assert pipeline.stats().committed() - committedBefore >= sent
        }
    }

    /** On a timeout the threads and the database's sessions are printed, so that a stall can be told apart from a loss. */
    void everyMessageStored(Stream stream, int seconds) {
        try {
            // at least: a duplicate stored would make these pass, and then fail "nothing twice" below
            new PollingConditions(timeout: seconds, delay: 0.5).eventually {
                assert stream.accessEventsStored() >= 4000
                assert stream.readingsStored() >= 4000
            }
        } catch (SpockTimeoutError e) {
            println "pipeline: ${pipeline.stats()}"
            Thread.allStackTraces.each { t, frames ->
                if (t.name.startsWith('mqtt') || t.name.startsWith('MQTT') || t.name.contains('Paho') || t.name.startsWith('pool')) {
                    println "\"${t.name}\" ${t.state}\n" + frames.take(25).collect { '    at ' + it }.join('\n')
                }
            }
            println sessions()
            throw e
        }
    }

    String sessions() {
        def c = DelegatingDataSource.unwrapDataSource(dataSource).connection
        try {
            def out = new StringBuilder('database sessions:\n')
            def rs = c.createStatement().executeQuery('SELECT id, command, time, state, LEFT(COALESCE(info, \'\'), 200) FROM information_schema.processlist')
            while (rs.next()) {
                out << "  ${rs.getLong(1)} ${rs.getString(2)} ${rs.getLong(3)} s ${rs.getString(4)}: ${rs.getString(5)}\n"
            }
            rs = c.createStatement().executeQuery('SELECT trx_mysql_thread_id, trx_state, trx_started, trx_wait_started, LEFT(COALESCE(trx_query, \'\'), 200) FROM information_schema.innodb_trx')
            while (rs.next()) {
                out << "  trx of ${rs.getLong(1)}: ${rs.getString(2)} since ${rs.getString(3)}, waiting since ${rs.getString(4)}: ${rs.getString(5)}\n"
            }
            out.toString()
        } catch (Exception e) {
            "database sessions not readable: ${e.message}"
        } finally {
            c.close()
        }
    }

    /** Messages i..j: even i an access event of door-1, odd i a temperature of sensor-1, each unique. */
    class Stream {
        final String name
        final Instant t0 = Instant.parse('2026-11-22T12:00:00Z')

        Stream(String name) { this.name = name }

        void publish(int from, int to) {
            def access = (from..<to).findAll { it % 2 == 0 }.collect {
                """{"id":"${name}-${it}","ts":"${t0.plusMillis(it)}","result":"${it % 4 == 0 ? 'granted' : 'denied'}","badge":"B${it}","person":"Lê Văn ${it}","direction":"in"}"""
            }
            def metrics = (from..<to).findAll { it % 2 == 1 }.collect {
                """{"ts":"${t0.plusMillis(it)}","metrics":[{"metric":"env.temperature","instance":"${name}-${it}","value":${20 + it % 10},"unit":"°C"}]}"""
            }
            broker.publishLines('dcim/demo/door/door-1/access', access as List<String>)
            broker.publishLines('dcim/demo/sensor/sensor-1/metric', metrics as List<String>)
        }

        long accessEventsStored() {
            count("SELECT COUNT(*) FROM access_event WHERE message_id LIKE ?", name + '-%')
        }

        /**
         * Rows, not DISTINCT keys: a DISTINCT count over the table's unique key cannot see a duplicate.
         * The duplicates really reach the bridge (the stream sends a slice twice), so this fails when
         * the bridge or the schema stops de-duplicating.
         */
        boolean nothingTwice() {
            assert accessEventsStored() == 4000
            assert readingsStored() == 4000
            true
        }

        long readingsStored() {
            count("SELECT COUNT(*) FROM reading WHERE device_id = 'sensor-1' AND instance LIKE ?", name + '-%')
        }
    }
}
