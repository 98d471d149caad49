package vn.dcim.core.alarm

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.telemetry.Reading
import vn.dcim.core.telemetry.ReadingSink
import vn.dcim.core.testing.MariaDbSpec

import java.time.Instant

@MicronautTest(transactional = false)
class AlarmLifecycleSpec extends MariaDbSpec {

    @Inject
    ReadingSink sink

    @Inject
    Alarms alarms

    @Inject
    AlarmRaiser raiser

    @Inject
    MaintenanceWindows maintenance

    @Inject
    AlarmRules rules

    def "the shipped rules are loaded into the database"() {
        expect:
        rules.all()*.id().containsAll(['door-forced', 'ups-on-battery', 'room-temperature-high'])
    }

    def "a forced door raises one alarm, is acknowledged and clears when the door is back to normal"() {
        given:
        def door = 'door-' + UUID.randomUUID().toString().take(8)

        when: 'the door is reported forced twice'
        sink.record([Reading.of(Instant.now(), door, 'door.forced', '0', 1, null)])
        sink.record([Reading.of(Instant.now(), door, 'door.forced', '0', 1, null)])

        then: 'one open alarm, with its severity and article'
        def open = alarms.list('open', 100, 0).findAll { it.source() == door }
        open.size() == 1
        with(open[0]) {
            ruleId() == 'door-forced'
            severity() == Severity.critical
            article() == 'Art. 6.6'
            state() == 'open'
        }

        when:
        alarms.acknowledge(open[0].id(), 'operator-1', 'guard sent')

        then:
        with(alarms.find(open[0].id()).get()) {
            state() == 'acknowledged'
            acknowledgedBy() == 'operator-1'
            ackNote() == 'guard sent'
        }

        when: 'the door is closed again'
        sink.record([Reading.of(Instant.now(), door, 'door.forced', '0', 0, null)])

        then: 'acknowledged and cleared: closed (ISA-18.2)'
        alarms.find(open[0].id()).get().state() == 'closed'
        alarms.list('open', 100, 0).every { it.source() != door }
    }

    def "an alarm during a maintenance window is recorded but flagged suppressed"() {
        given:
        def ups = 'ups-' + UUID.randomUUID().toString().take(8)
        maintenance.open(ups, Instant.now().minusSeconds(60), Instant.now().plusSeconds(3600), 'battery replacement')

        when:
        raiser.raise(new AlarmSignal(ups, 'ups-on-battery', '0', Severity.major, 'Art. 6.4', 'UPS on battery'))

        then:
        def raised = alarms.list(null, 100, 0).find { it.source() == ups }
        raised.suppressed()
        maintenance.isUnderMaintenance(ups, Instant.now())
        !maintenance.isUnderMaintenance(ups, Instant.now().plusSeconds(7200))
    }

    def "a duty raises and clears through the port; raising again counts an occurrence"() {
        given:
        def signal = new AlarmSignal('duty-isp', 'isp-redundancy', '0', Severity.major, 'Art. 6.4', 'fewer than two ISPs up')

        when:
        raiser.raise(signal)
        raiser.raise(signal)

        then:
        def open = alarms.list('open', 100, 0).find { it.source() == 'duty-isp' }
        open.occurrences() == 2

        when:
        raiser.clear('duty-isp', 'isp-redundancy', '0')

        then: 'nobody acknowledged it: it returned to normal and waits for a person'
        alarms.find(open.id()).get().state() == 'returned'
    }

    def "ISA-18.2: a #latching alarm #steps ends #state, #awaiting a person"() {
        given:
        def source = 'dev-' + UUID.randomUUID().toString().take(8)
        raiser.raise(new AlarmSignal(source, 'ups-on-battery', '0', Severity.major, 'Art. 6.4', 'UPS on battery', null, null,
                latching == 'latching'))
        long id = alarms.list(new AlarmFilter(null, source, null, null, null), 10, 0)[0].id()

        when: 'the steps happen in their order'
        steps.split(', ').each { String step ->
            if (step == 'acknowledged') {
                alarms.acknowledge(id, 'operator-1', 'seen')
            } else if (step == 'cleared') {
                raiser.clear(source, 'ups-on-battery', '0')
            }
        }
        def alarm = alarms.find(id).get()
        def unacknowledged = alarms.list(new AlarmFilter('unacknowledged', source, null, null, null), 10, 0)*.id()
        def console = alarms.list(new AlarmFilter(AlarmFilter.CONSOLE, source, null, null, null), 10, 0)*.id()

        then:
        alarm.state() == state
        (id in unacknowledged) == (awaiting == 'awaiting')
        alarm.awaitsAcknowledgement() == (awaiting == 'awaiting')
        (id in console) == (state != 'closed')
        alarms.count(new AlarmFilter(state, source, null, null, null)) == 1

        where:
        latching       | steps                     || state          | awaiting
        'latching'     | 'raised'                  || 'open'         | 'awaiting'
        'latching'     | 'acknowledged'            || 'acknowledged' | 'not awaiting'
        'latching'     | 'cleared'                 || 'returned'     | 'awaiting'
        'latching'     | 'acknowledged, cleared'   || 'closed'       | 'not awaiting'
        'latching'     | 'cleared, acknowledged'   || 'closed'       | 'not awaiting'
        'non-latching' | 'cleared'                 || 'closed'       | 'not awaiting'
        'non-latching' | 'acknowledged, cleared'   || 'closed'       | 'not awaiting'
    }

    def "acknowledging an alarm that returned to normal is recorded like any other, and a closed one is not acknowledged again"() {
        given: 'an alarm raised then cleared without acknowledgement'
        def source = 'dev-' + UUID.randomUUID().toString().take(8)
        raiser.raise(new AlarmSignal(source, 'grid-input-lost', '0', Severity.major, 'Art. 6.4', 'grid lost'))
        raiser.clear(source, 'grid-input-lost', '0')
        long id = alarms.list(new AlarmFilter('returned', source, null, null, null), 10, 0)[0].id()

        when:
        boolean first = alarms.acknowledge(id, 'operator-2', 'grid back, checked UPS')
        boolean second = alarms.acknowledge(id, 'operator-3', 'again')

        then:
        first
        !second
        with(alarms.find(id).get()) {
            state() == 'closed'
            acknowledgedBy() == 'operator-2'
            ackNote() == 'grid back, checked UPS'
            acknowledgedAt() != null
            closedAt() != null
        }
    }

    def "a rule declared non-latching in the data closes its alarm when it clears: #metric"() {
        given:
        def door = 'door-' + UUID.randomUUID().toString().take(8)

        when: 'the condition comes and goes without anybody acknowledging it'
        sink.record([Reading.of(Instant.now(), door, metric, '0', 1, null)])
        sink.record([Reading.of(Instant.now(), door, metric, '0', 0, null)])

        then:
        def alarm = alarms.list(new AlarmFilter(null, door, null, null, null), 10, 0)[0]
        rules.find(alarm.ruleId()).get().latching() == latching
        alarm.state() == state

        where:
        metric           || latching | state
        'door.held_open' || false    | 'closed'
        'door.forced'    || true     | 'returned'
        'door.tamper'    || true     | 'returned'
    }
}
