package vn.dcim.core.telemetry

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.AutoCleanup
import vn.dcim.core.db.Jdbc
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Sql

import javax.sql.DataSource
import java.time.Instant

/**
 * The latest values held in memory by each instance (LatestValueCache) against latest_reading, the
 * truth they share. An "instance" here is a LatestValues with its LatestReadings over the one database,
 * as two processes of the product are: a poller that stores and a web instance that reads.
 */
@MicronautTest(transactional = false)
class LatestValuesInMemorySpec extends MariaDbSpec {

    @Inject
    Jdbc jdbc

    @Inject
    DataSource dataSource

    def t0 = Instant.parse('2026-11-27T08:00:00Z')
    def device = 'pdu-' + UUID.randomUUID().toString().take(8)
    @AutoCleanup AskedLatestValues buffers = new AskedLatestValues()

    LatestValues instance() {
        buffers.open(jdbc)
    }

    static LatestReadings readerOf(LatestValues values) {
        new LatestReadings(values)
    }

    def "a value stored by one instance is read back by another, once written behind"() {
        given: 'a poller and a web instance that already shows the device'
        def poller = instance()
        def web = readerOf(instance())
        web.ofDevice(device)

        when:
        poller.offer([Reading.of(t0, device, 'pdu.power', '1', 1200, 'W'), Reading.of(t0, device, 'pdu.power', '2', 800, 'W')])
        poller.flush()

        then:
        web.ofDevice(device).collect { [it.instance(), it.value(), it.time()] } == [['1', 1200d, t0], ['2', 800d, t0]]
        web.ofMetric('pdu.power').findAll { it.deviceId() == device }*.value() == [1200d, 800d]
        web.of(device, 'pdu.power', '2').get().value() == 800d
    }

    def "no stale value is shown once a newer one is stored, by this instance or another"() {
        given:
        def poller = instance()
        def local = instance()
        def web = readerOf(local)
        poller.offer([Reading.of(t0, device, 'env.temperature', '0', 21, '°C')])
        poller.flush()

        expect:
        web.ofDevice(device)*.value() == [21d]

        when: 'another instance stores a newer value'
        poller.offer([Reading.of(t0.plusSeconds(60), device, 'env.temperature', '0', 25, '°C')])
        poller.flush()

        then:
        web.ofDevice(device)*.value() == [25d]

        when: 'this instance stores a newer one still, its flush not yet run'
        local.offer([Reading.of(t0.plusSeconds(120), device, 'env.temperature', '0', 27, '°C')])

        then: 'shown at once'
        web.ofDevice(device)*.value() == [27d]

        when: 'an older point arrives late elsewhere (a replay after an outage)'
        poller.offer([Reading.of(t0.plusSeconds(90), device, 'env.temperature', '0', 19, '°C')])
        poller.flush()

        then: 'it replaces nothing'
        web.ofDevice(device)*.value() == [27d]
    }

    def "a restarted instance reads every value back from the table, and those still to be written behind"() {
        given: 'values stored and written behind by an instance that then stops'
        def before = instance()
        before.offer([Reading.of(t0, device, 'ups.battery.charge', '0', 97, '%'), Reading.of(t0, device, 'ups.load', '0', 40, '%')])
        before.close()

        when: 'it starts again and a point arrives before its first read'
        def after = instance()
        after.offer([Reading.of(t0.plusSeconds(30), device, 'ups.load', '0', 45, '%')])
        def shown = readerOf(after).ofDevice(device)

        then:
        shown.collect { [it.metric(), it.value()] } == [['ups.battery.charge', 97d], ['ups.load', 45d]]
    }

    def "a row committed after a reader moved past its clock is shown by the next refresh"() {
        given: 'a web instance that has read'
        def values = instance()
        def web = readerOf(values)
        web.ofDevice(device)

        when: 'a row whose stored_at lies before what the reader has seen (its transaction committed late)'
        def sql = new Sql(dataSource)
        sql.update("INSERT INTO latest_reading (device_id, metric, instance, ts, value, stored_at) VALUES (?, 'env.humidity', '0', ?, 44, UTC_TIMESTAMP(6) + INTERVAL 1 SECOND)",
                ['other-' + device, java.sql.Timestamp.from(t0)])
        web.ofDevice(device)
        sql.update("INSERT INTO latest_reading (device_id, metric, instance, ts, value, stored_at) VALUES (?, 'env.humidity', '0', ?, 55, UTC_TIMESTAMP(6) - INTERVAL 2 SECOND)",
                [device, java.sql.Timestamp.from(t0)])

        then: 'a reader alone does not look back'
        web.ofDevice(device) == []

        when: 'the periodic refresh looks back a few seconds'
        jdbc.call('refresh', { c -> values.readable().catchUp(c, true) })

        then:
        web.ofDevice(device)*.value() == [55d]

        cleanup: 'no stored_at ahead of the clock is left for the next features'
        sql.update('DELETE FROM latest_reading WHERE device_id IN (?, ?)', [device, 'other-' + device])
    }

    def "a row deleted behind the service is forgotten at the next reload"() {
        given:
        def poller = instance()
        def web = readerOf(instance())
        poller.offer([Reading.of(t0, device, 'camera.recording', '0', 1, null)])
        poller.flush()
        assert web.ofDevice(device)*.value() == [1d]

        when:
        new Sql(dataSource).update('DELETE FROM latest_reading WHERE device_id = ?', [device])
        web.reload()

        then:
        web.ofDevice(device) == []
    }

    def "a reader whose JVM runs in the centre's zone, not UTC, still catches up"() {
        given: 'a server set to Asia/Ho_Chi_Minh, a web instance that has read'
        def utc = TimeZone.default
        TimeZone.default = TimeZone.getTimeZone('Asia/Ho_Chi_Minh')
        def poller = instance()
        def web = readerOf(instance())
        poller.offer([Reading.of(t0, device, 'env.temperature', '0', 21, '°C')])
        poller.flush()
        web.ofDevice(device)

        when:
        poller.offer([Reading.of(t0.plusSeconds(60), device, 'env.temperature', '0', 24, '°C')])
        poller.flush()

        then:
        web.ofDevice(device)*.value() == [24d]

        cleanup:
        TimeZone.default = utc
    }
}
