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

        then:
        alarms.find(open[0].id()).get().state() == 'cleared'
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

        then:
        alarms.find(open.id()).get().state() == 'cleared'
    }
}
