package vn.dcim.core.telemetry

import spock.lang.Specification

import java.time.Instant

class ReadingBatchSpec extends Specification {
    static final Instant T0 = Instant.parse('2026-11-28T05:00:00.123456Z')

    def "row #row keeps its value #value (a number: #hasValue), its text and its time"() {
        given: 'a poll of a UPS: reachable, two numbers, a state known by its text only'
        def batch = new ReadingBatch(2)
        batch.add(T0, 'ups-1', 'device.reachable', '0', 1d, 'reachable', null)
        batch.add(T0, 'ups-1', 'ups.battery.charge', '0', 97.5d, null, '%')
        batch.add(T0.plusSeconds(1), 'ups-1', 'ups.input.voltage', '1', -0d, null, 'V')
        batch.addWithoutValue(ReadingBatch.micros(T0.plusSeconds(2)), 'ups-1', 'ups.output.source', '0', 'battery', null)

        expect: 'in the order added, past the capacity it was made with'
        batch.size() == 4
        batch.metric(row) == metric
        batch.hasValue(row) == hasValue
        hasValue ? batch.value(row) == value : Double.isNaN(batch.value(row))
        batch.text(row) == text
        batch.time(row) == time

        where:
        row | metric               | hasValue | value | text        | time
        0   | 'device.reachable'   | true     | 1d    | 'reachable' | T0
        1   | 'ups.battery.charge' | true     | 97.5d | null        | T0
        2   | 'ups.input.voltage'  | true     | -0d   | null        | T0.plusSeconds(1)
        3   | 'ups.output.source'  | false    | null  | 'battery'   | T0.plusSeconds(2)
    }

    def "a batch shows its rows as the readings they are, a missing number as none"() {
        given:
        def batch = new ReadingBatch()
        batch.add(T0, 'pdu-1', 'pdu.outlet.current', '7', 1.25d, null, 'A')
        batch.addWithoutValue(ReadingBatch.micros(T0), 'pdu-1', 'pdu.outlet.state', '7', 'off', null)

        expect:
        batch.readings() == [new Reading(T0, 'pdu-1', 'pdu.outlet.current', '7', 1.25d, null, 'A'),
                             new Reading(T0, 'pdu-1', 'pdu.outlet.state', '7', null, 'off', null)]
    }

    def "readings made into a batch keep every field, and the batch hands back the list itself"() {
        given: 'readings as an MQTT message gives them, one without a number'
        def readings = [Reading.of(T0, 'env-1', 'env.temperature', '1', 21.5d, '°C'),
                        new Reading(T0.plusMillis(1), 'env-1', 'env.door', '0', null, 'open', null)]

        when:
        def batch = ReadingBatch.of(readings)

        then:
        batch.readings().is(readings)
        (0..<2).collect { batch.reading(it) } == readings
        batch.value(0) == 21.5d
        !batch.hasValue(1)
        batch.time(1) == T0.plusMillis(1)
    }

    def "rows copied from another batch keep their missing marks, wherever they land"() {
        given: '130 rows, every fifth without a number (marks across three words)'
        def from = new ReadingBatch()
        130.times { i ->
            if (i % 5 == 0) {
                from.addWithoutValue(i, 'd', 'm', i as String, 'none', null)
            } else {
                from.add(i, 'd', 'm', i as String, i, null, null)
            }
        }
        def into = new ReadingBatch()
        into.add(0L, 'd', 'first', '0', 1d, null, null)

        when:
        into.addAll(from, 3, 130)

        then:
        into.size() == 128
        (1..<128).every { into.hasValue(it) == ((it + 2) % 5 != 0) && into.instance(it) == (it + 2) as String }
    }

    def "a cleared batch holds no row, and what is added next is not marked by what it held"() {
        given:
        def batch = new ReadingBatch(1)
        100.times { batch.addWithoutValue(it, 'd', 'm', it as String, 'x', null) }

        when:
        batch.clear()
        batch.add(5L, 'd', 'm', '0', 3d, null, null)

        then:
        batch.size() == 1
        batch.hasValue(0)
        batch.readings() == [new Reading(Instant.ofEpochSecond(0, 5_000), 'd', 'm', '0', 3d, null, null)]

        when: 'a row past the end'
        batch.value(1)

        then:
        thrown(IndexOutOfBoundsException)
    }

    def "a sink that takes lists gets a batch's readings as a list of its own, still whole after the batch is refilled"() {
        given:
        List<Reading> received = null
        ReadingSink lists = { List<Reading> readings -> received = readings } as ReadingSink
        def batch = new ReadingBatch()
        batch.add(T0, 'ups-1', 'ups.load', '0', 40d, null, '%')

        when:
        lists.record(batch)
        batch.clear()
        batch.add(T0.plusSeconds(60), 'ups-2', 'ups.load', '0', 99d, null, '%')

        then:
        received == [Reading.of(T0, 'ups-1', 'ups.load', '0', 40d, '%')]
    }
}
