package vn.dcim.core.suppression

import io.micronaut.context.annotation.Property
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import vn.dcim.core.alarm.AlarmFilter
import vn.dcim.core.alarm.Severity

import java.time.Instant

/** Art. 30.8g: alarms explained by a parent's alarm are its symptoms, not alarms of their own. */
@MicronautTest(transactional = false)
@Property(name = 'dcim.alarm.symptom-grace-s', value = '0')
class SymptomSpec extends SuppressionSpec {

    void clear(String device, String rule) {
        raiser.clear(s.dev(device), rule, '0')
    }

    def "with #parentRule on #parent, #childRule of #child is #verdict"() {
        given:
        def root = raise(parent, parentRule)

        when:
        def a = raise(child, childRule)

        then:
        a.rootAlarmId() == (symptom ? root.id() : null)
        a.suppressed() == symptom
        s.planned(a.id()) == (symptom ? 0 : 1)

        where:
        parent  | parentRule          | child      | childRule            || symptom
        'ups-2' | 'ups-on-battery'    | 'srv-1'    | 'device-stale'       || true
        'ups-2' | 'ups-on-battery'    | 'pdu-b'    | 'device-unreachable' || true
        'ups-2' | 'grid-input-lost'   | 'srv-2'    | 'device-stale'       || true
        'ats-1' | 'ats-source-failed' | 'srv-1'    | 'device-stale'       || true
        'ups-2' | 'ups-on-battery'    | 'cam-1'    | 'device-stale'       || false
        'ups-2' | 'ups-on-battery'    | 'ats-1'    | 'device-stale'       || false
        'ups-2' | 'ups-on-bypass'     | 'srv-1'    | 'device-stale'       || false
        'ups-2' | 'ups-on-battery'    | 'srv-1'    | 'door-forced'        || false
        'sw-1'  | 'device-unreachable'| 'sensor-1' | 'device-stale'       || true
        'sw-1'  | 'door-forced'       | 'sensor-1' | 'device-stale'       || false
        verdict = symptom ? 'its symptom' : 'an alarm of its own'
    }

    def "the root is the top of the chain: a server behind a silent PDU is a symptom of the UPS on battery"() {
        given:
        def ups = raise('ups-2', 'ups-on-battery')
        def pdu = raise('pdu-b', 'device-unreachable')

        when:
        def srv = raise('srv-1', 'device-stale')

        then:
        pdu.rootAlarmId() == ups.id()
        srv.rootAlarmId() == ups.id()
    }

    def "the console shows the root with its symptoms under it, not beside it"() {
        given:
        def ups = raise('ups-2', 'ups-on-battery')
        raise('pdu-b', 'device-unreachable')
        raise('srv-1', 'device-stale')
        raise('srv-2', 'device-stale')
        def cam = raise('cam-1', 'device-stale')

        when:
        def console = alarms.list(new AlarmFilter(AlarmFilter.CONSOLE, null, null, null, s.site), 100, 0)

        then:
        console*.id() as Set == [ups.id(), cam.id()] as Set
        alarms.symptomCounts([ups.id(), cam.id()]) == [(ups.id()): 3L]
        alarms.symptomsOf(ups.id())*.source() as Set == ['pdu-b', 'srv-1', 'srv-2'].collect { s.dev(it) } as Set
        alarms.consoleCountBySeverity(s.site)[Severity.major] >= 2
    }

    def "a symptom that outlives its root stands alone and is notified; one that ended first closes with the root"() {
        given:
        def ups = raise('ups-2', 'ups-on-battery')
        def lasting = raise('srv-1', 'device-stale')
        def brief = raise('srv-2', 'device-stale')
        clear('srv-2', 'device-stale')

        when: 'the root is still on'
        release.run(Instant.now())

        then:
        s.planned(lasting.id()) == 0

        when: 'mains back: the UPS leaves battery and the shift acknowledges it'
        clear('ups-2', 'ups-on-battery')
        alarms.acknowledge(ups.id(), 'operator-1', 'mains back')
        release.run(Instant.now())

        then: 'srv-1 is still silent: it stands alone, notified'
        with(alarms.find(lasting.id()).get()) {
            !suppressed()
            rootAlarmId() == null
            releasedAt() != null
        }
        s.planned(lasting.id()) == 1

        and: 'srv-2 came back before: closed with its root, never notified'
        alarms.find(brief.id()).get().state() == 'closed'
        s.planned(brief.id()) == 0
    }
}
