package vn.dcim.core.telemetry

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.testing.MariaDbSpec

import java.time.Instant

@MicronautTest(transactional = false)
class JdbcReadingStoreSpec extends MariaDbSpec {

    @Inject
    ReadingSink sink

    @Inject
    LatestReadings latest

    def "a batch of readings is stored and the latest value per metric kept"() {
        given:
        def t0 = Instant.parse('2026-11-22T08:00:00Z')
        def device = 'ups-' + UUID.randomUUID().toString().take(8)

        when:
        sink.record([
                Reading.of(t0, device, 'ups.battery.charge', '0', 98, '%'),
                Reading.of(t0, device, 'ups.input.voltage', '1', 229.5, 'V'),
                Reading.of(t0.plusSeconds(60), device, 'ups.battery.charge', '0', 97, '%'),
        ])

        then:
        def values = latest.ofDevice(device).collectEntries { ["${it.metric()}/${it.instance()}".toString(), it.value()] }
        values == ['ups.battery.charge/0': 97d, 'ups.input.voltage/1': 229.5d]
    }

    def "a late reading does not overwrite a newer latest value"() {
        given:
        def now = Instant.parse('2026-11-22T09:00:00Z')
        def device = 'env-' + UUID.randomUUID().toString().take(8)
        sink.record([Reading.of(now, device, 'env.temperature', '1', 24.0, '°C')])

        when: 'a reading from before arrives, as after a collector outage'
        sink.record([Reading.of(now.minusSeconds(300), device, 'env.temperature', '1', 31.0, '°C')])

        then:
        latest.ofDevice(device)*.value() == [24.0d]
    }

    def "a batch of more series than one upsert statement holds keeps the newest point of every series"() {
        given: 'two points of each of 1,234 series (three statements of latest values, the last one partial), newest first'
        def t0 = Instant.parse('2026-11-22T10:00:00Z')
        def device = 'pdu-' + UUID.randomUUID().toString().take(8)
        def batch = (0..<1234).collectMany { i ->
            [Reading.of(t0.plusSeconds(60), device, 'pdu.outlet.current', i as String, i + 0.5d, 'A'),
             Reading.of(t0, device, 'pdu.outlet.current', i as String, -1d, 'A')]
        }

        when:
        sink.record(batch)

        then:
        def values = latest.ofDevice(device)
        values.size() == 1234
        values.every { it.value() == (it.instance() as int) + 0.5d && it.time() == t0.plusSeconds(60) }
    }

    def "a state keeps its number and its meaning"() {
        given:
        def device = 'ups-' + UUID.randomUUID().toString().take(8)

        when:
        sink.record([new Reading(Instant.now(), device, 'ups.output.source', '0', 5d, 'battery', null)])

        then:
        with(latest.ofDevice(device)[0]) {
            value() == 5d
            text() == 'battery'
        }
    }
}
