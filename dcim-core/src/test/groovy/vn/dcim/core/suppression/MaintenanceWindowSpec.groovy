package vn.dcim.core.suppression

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.alarm.MaintenanceWindows
import vn.dcim.core.error.InvalidInputException

import java.time.Duration
import java.time.Instant

/** Art. 14.4: maintenance windows of their own suppress notifications, not the record. */
@MicronautTest(transactional = false)
class MaintenanceWindowSpec extends SuppressionSpec {

    @Inject MaintenanceWindowService windows
    @Inject MaintenanceWindows coverage

    MaintenanceWindow window(TargetKind kind, String id, Duration before = Duration.ofMinutes(10), Duration after = Duration.ofMinutes(50),
                             String rrule = null) {
        Instant now = Instant.now()
        windows.create(new WindowRequest(kind, id, now.minus(before), now.plus(after), rrule, 'planned work'), 'supervisor-1')
    }

    String targetId(String kind, String name) {
        switch (kind) {
            case 'device': return s.dev(name)
            case 'rack': return String.valueOf(s.rack)
            case 'room': return String.valueOf(s.room)
            case 'site': return s.site
            default: return String.valueOf(s.nodeId(name))
        }
    }

    def "a window on #kind #target covers #device: #covered"() {
        given:
        def w = window(TargetKind.valueOf(kind), targetId(kind, target))

        expect:
        coverage.covering(s.dev(device), Instant.now()).map { it.windowId() }.orElse(null) == (covered ? w.id() : null)

        where:
        kind         | target  | device  || covered
        'device'     | 'gen-1' | 'gen-1' || true
        'device'     | 'gen-1' | 'srv-1' || false
        // the generator's test run is read on the transfer switch it feeds: "generator running", "mains lost"
        'device'     | 'gen-1' | 'ats-1' || true
        'device'     | 'gen-1' | 'ups-2' || false
        'device'     | 'ats-1' | 'gen-1' || false
        'rack'       | 'R1'    | 'srv-2' || true
        'rack'       | 'R1'    | 'cam-1' || false
        'room'       | 'A'     | 'cam-1' || true
        'rack'       | 'R1'    | 'temp-r1' || true
        'rack'       | 'R1'    | 'temp-a'  || false
        'room'       | 'A'     | 'temp-a'  || true
        'room'       | 'A'     | 'temp-r1' || true
        'power_node' | 'pdu-b' | 'temp-r1' || true
        'site'       | ''      | 'sw-1'  || true
        'power_node' | 'pdu-b' | 'srv-1' || true
        'power_node' | 'pdu-b' | 'pdu-b' || true
        'power_node' | 'pdu-b' | 'ups-2' || false
        'power_node' | 'ats-1' | 'srv-2' || true
        'power_node' | 'ats-1' | 'gen-1' || false
    }

    def "inside a window an alarm is recorded, suppressed with the window named, and not notified"() {
        given:
        def w = window(TargetKind.device, s.dev('gen-1'))

        when:
        def a = raise('gen-1', 'generator-running')

        then:
        a.suppressed()
        a.windowId() == w.id()
        s.planned(a.id()) == 0
    }

    def "a recurring window suppresses inside its occurrence and not outside (#when)"() {
        given: 'weekly, its first occurrence #shift from now'
        window(TargetKind.device, s.dev('gen-1'), Duration.ofMinutes(10) + shift, Duration.ofMinutes(50) - shift, 'FREQ=WEEKLY')

        when: 'a generator fault (what a grid loss explains, such as generator-running, waits for its cause anyway)'
        def a = raise('gen-1', 'generator-fault')

        then:
        a.suppressed() == suppressed
        s.planned(a.id()) == (suppressed ? 0 : 1)

        where:
        when                         | shift                || suppressed
        'one week later, inside'     | Duration.ofDays(7)   || true
        'two weeks later, inside'    | Duration.ofDays(14)  || true
        'six days later, outside'    | Duration.ofDays(6)   || false
        'one day later, outside'     | Duration.ofDays(1)   || false
    }

    def "a condition still active when the window ends is notified then; one that cleared inside never is"() {
        given:
        def w = window(TargetKind.rack, String.valueOf(s.rack))
        def active = raise('srv-1', 'device-stale')
        def cleared = raise('srv-2', 'device-stale')
        raiser.clear(s.dev('srv-2'), 'device-stale', '0')

        when: 'the window is still on'
        release.run(Instant.now())

        then:
        s.planned(active.id()) == 0

        when: 'the crew ends it early'
        windows.end(w.id(), 'supervisor-1')
        release.run(Instant.now())

        then:
        s.planned(active.id()) == 1
        with(alarms.find(active.id()).get()) {
            !suppressed()
            releasedAt() != null
            windowId() == w.id()
        }
        s.planned(cleared.id()) == 0
    }

    def "a window that reaches its end releases what is still active"() {
        given:
        window(TargetKind.device, s.dev('gen-1'), Duration.ofMinutes(1), Duration.ofMillis(1500))
        def a = raise('gen-1', 'generator-running')

        when:
        Thread.sleep(1600)
        release.run(Instant.now())

        then:
        s.planned(a.id()) == 1
    }

    def "ending a window that has not begun removes it; ending it twice is refused"() {
        given:
        def later = windows.create(new WindowRequest(TargetKind.device, s.dev('gen-1'), Instant.now().plusSeconds(3600),
                Instant.now().plusSeconds(7200), null, 'next week'), 'supervisor-1')
        def now = window(TargetKind.device, s.dev('gen-1'))

        expect:
        windows.end(later.id(), 'supervisor-1').isEmpty()
        windows.find(later.id()).isEmpty()
        windows.end(now.id(), 'supervisor-1').get().endedAt() != null

        when:
        windows.end(now.id(), 'supervisor-1')

        then:
        thrown(vn.dcim.core.error.ConflictException)
    }

    def "a window is refused when #problem, naming #field"() {
        when:
        Instant t = Instant.parse('2026-12-01T02:00:00Z')
        windows.create(new WindowRequest(kind, id == 'GEN' ? s.dev('gen-1') : id, start ? t : null, t.plus(length), rrule, reason), 'sup')

        then:
        def e = thrown(InvalidInputException)
        e.field() == field

        where:
        problem                | kind              | id      | start | length               | rrule            | reason || field
        'no target'            | null              | 'GEN'   | true  | Duration.ofHours(1)  | null             | 'test' || 'target'
        'an unknown device'    | TargetKind.device | 'nope'  | true  | Duration.ofHours(1)  | null             | 'test' || 'target'
        'a rack id not number' | TargetKind.rack   | 'R1'    | true  | Duration.ofHours(1)  | null             | 'test' || 'target'
        'no start'             | TargetKind.device | 'GEN'   | false | Duration.ofHours(1)  | null             | 'test' || 'startsAt'
        'it ends before'       | TargetKind.device | 'GEN'   | true  | Duration.ofHours(-1) | null             | 'test' || 'endsAt'
        'it lasts 40 days'     | TargetKind.device | 'GEN'   | true  | Duration.ofDays(40)  | null             | 'test' || 'endsAt'
        'the RRULE is bad'     | TargetKind.device | 'GEN'   | true  | Duration.ofHours(1)  | 'FREQ=SOMETIMES' | 'test' || 'rrule'
        'there is no reason'   | TargetKind.device | 'GEN'   | true  | Duration.ofHours(1)  | null             | ' '    || 'reason'
    }

    def "the calendar lists each occurrence of a recurring window, and the device page the windows above the device"() {
        given:
        Instant t = Instant.parse('2026-12-01T02:00:00Z')
        windows.create(new WindowRequest(TargetKind.power_node, String.valueOf(s.nodeId('ups-2')), t, t.plusSeconds(3600),
                'FREQ=WEEKLY;BYDAY=TU', 'UPS-2 weekly check'), 'sup')

        expect:
        windows.occurrences(t.minusSeconds(1), t.plus(Duration.ofDays(28))).findAll { it.window().reason() == 'UPS-2 weekly check' }*.startsAt() ==
                (0..3).collect { t.plus(Duration.ofDays(7 * it)) }
        windows.occurrencesFor(s.dev('srv-1'), t.minusSeconds(1), t.plus(Duration.ofDays(8))).size() == 2
        windows.occurrencesFor(s.dev('cam-1'), t.minusSeconds(1), t.plus(Duration.ofDays(8))).isEmpty()
    }
}
