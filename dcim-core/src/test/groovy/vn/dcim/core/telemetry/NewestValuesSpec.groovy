package vn.dcim.core.telemetry

import spock.lang.Specification

class NewestValuesSpec extends Specification {

    def "of #offered points of a series the newest is kept (at the same time, the one offered last)"() {
        given:
        def newest = new NewestValues()
        def batch = new ReadingBatch()
        offered.each { long micros, double v -> batch.add(micros, 'ups-1', 'ups.load', '0', v, null, '%') }

        when:
        newest.offer(batch)

        then:
        newest.size() == 1
        newest.rows().epochMicros(0) == time
        newest.rows().value(0) == value

        where:
        offered                      || time | value
        [[1L, 10d]]                  || 1    | 10d
        [[1L, 10d], [2L, 20d]]       || 2    | 20d
        [[2L, 20d], [1L, 10d]]       || 2    | 20d
        [[1L, 10d], [1L, 11d]]       || 1    | 11d
        [[3L, 30d], [1L, 10d], [3L, 31d], [2L, 20d]] || 3 | 31d
    }

    def "each of many series keeps its own newest value, a missing number included, and a cleared one holds none"() {
        given: '5,000 series of two devices (the table grows several times), each offered twice, the newer second'
        def newest = new NewestValues()
        def first = new ReadingBatch()
        def second = new ReadingBatch()
        5_000.times { i ->
            first.add(1L, 'pdu-' + (i % 2), 'pdu.outlet.current', i as String, -1d, null, 'A')
            if (i % 7 == 0) {
                second.addWithoutValue(2L, 'pdu-' + (i % 2), 'pdu.outlet.current', i as String, 'off', 'A')
            } else {
                second.add(2L, 'pdu-' + (i % 2), 'pdu.outlet.current', i as String, i, null, 'A')
            }
        }

        when:
        newest.offer(first)
        newest.offer(second)

        then:
        newest.size() == 5_000
        (0..<5_000).every { row ->
            int i = newest.rows().instance(row) as int
            newest.rows().epochMicros(row) == 2L && (i % 7 == 0 ? !newest.rows().hasValue(row) && newest.rows().text(row) == 'off'
                    : newest.rows().value(row) == i && newest.rows().hasValue(row))
        }

        when:
        newest.clear()
        newest.offer(first)

        then: 'the old value is forgotten: the older point is the newest now'
        newest.size() == 5_000
        (0..<5_000).every { newest.rows().value(it) == -1d }
    }
}
