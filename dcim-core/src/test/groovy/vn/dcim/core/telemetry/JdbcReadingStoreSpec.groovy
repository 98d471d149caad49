package vn.dcim.core.telemetry

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Sql

import javax.sql.DataSource
import java.time.Instant

@MicronautTest(transactional = false)
class JdbcReadingStoreSpec extends MariaDbSpec {

    @Inject
    ReadingSink sink

    @Inject
    LatestReadings latest

    @Inject
    DataSource dataSource

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

    def "a batch of points longer than one part of the driver's bulk command is stored whole, each point with its own time"() {
        given: '90,000 readings of 45,000 series, two a series a minute apart (over 2.5 MB, parts of ~768 KiB), every third one a state'
        def t0 = Instant.parse('2026-11-22T11:00:00Z')
        def device = 'host-' + UUID.randomUUID().toString().take(8)
        def batch = (0..<90_000).collect { i ->
            new Reading(t0.plusSeconds(5 * (i.intdiv(25) % 4) + (i < 45_000 ? 0 : 60)), device, 'net.if.in_octets', (i % 45_000) as String, i as double,
                    i % 3 == 0 ? 'state-' + i : null, 'B')
        }

        when:
        sink.record(batch)

        then: 'every point, none twice, each at its poll\'s time'
        def stored = new Sql(dataSource).rows('SELECT COUNT(*) n, SUM(value) total, COUNT(text_value) texts, SUM(UNIX_TIMESTAMP(ts)) seconds '
                + 'FROM reading WHERE device_id = ?', [device])[0].values().toList()
        stored[0] == 90_000
        stored[1] as double == 89_999L * 90_000 / 2 as double
        stored[2] == 30_000
        stored[3] as long == batch.sum { it.time().epochSecond } as long
    }

    def "a poller's batch of #rows rows is stored as the same readings in a list are: numbers, missing numbers, texts, times"() {
        given: 'the same polls of ten devices, handed once as columns and once as readings; every ninth row a state without a number'
        def t0 = Instant.parse('2026-11-22T12:00:00.250Z')
        def suffix = UUID.randomUUID().toString().take(8)
        def asColumns = 'col-' + suffix
        def asList = 'list-' + suffix
        def batch = new ReadingBatch()
        List<Reading> list = []
        rows.times { i ->
            def at = t0.plusSeconds(i.intdiv(25))
            String device = '-' + (i % 10)
            if (i % 9 == 0) {
                batch.addWithoutValue(ReadingBatch.micros(at), asColumns + device, 'host.state', i as String, 'state-' + i, null)
                list << new Reading(at, asList + device, 'host.state', i as String, null, 'state-' + i, null)
            } else {
                batch.add(at, asColumns + device, 'host.load', i as String, i / 4d, null, '%')
                list << Reading.of(at, asList + device, 'host.load', i as String, i / 4d, '%')
            }
        }

        when:
        sink.record(batch)
        sink.record(list)

        then: 'the same points and the same latest values under either name'
        def sql = new Sql(dataSource)
        def points = { String prefix ->
            sql.rows('SELECT RIGHT(device_id, 2) device, metric, instance, value, text_value, ts FROM reading WHERE device_id LIKE ? ORDER BY device, metric, instance',
                    [prefix + '-%'])*.values()*.toList()
        }
        def latestOf = { String prefix ->
            (0..<10).collectMany { d -> latest.ofDevice(prefix + '-' + d).collect { [d, it.metric(), it.instance(), it.time(), it.value(), it.text(), it.unit()] } }
                    .sort { it.toString() }
        }
        points(asColumns).size() == rows
        points(asColumns) == points(asList)
        latestOf(asColumns) == latestOf(asList)
        latestOf(asColumns).count { it[4] == null && it[5] != null } == (rows + 8).intdiv(9)

        where: 'one transaction, and parts of several devices written at once on several connections'
        rows << [50, 2_500]
    }
}
