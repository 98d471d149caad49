package vn.dcim.core.incident

import io.micronaut.test.annotation.MockBean
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.alarm.AlarmFilter
import vn.dcim.core.alarm.AlarmRaiser
import vn.dcim.core.alarm.Alarms
import vn.dcim.core.alarm.Severity
import vn.dcim.core.alarm.SymptomRoots
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.MutableClock

import javax.sql.DataSource
import java.time.Clock
import java.time.Duration
import java.time.Instant

/**
 * QĐ 11/2023 Điều 13 khoản 2: a camera registered as critical equipment says "video lost", then goes offline: a
 * device that dropped out, no serious incident. Its video loss opens its incident only when the settle time
 * (dcim.incident.symptom-settle-s, 60 s by default) passed without the drop, detected when it was raised. This is the
 * incident's own wait, when the alarm is not held back from notification (dcim.alarm.cause-wait-s 0); held back, its
 * incident follows its release (DeviceDropSpec).
 */
@MicronautTest(transactional = false)
class SettledSymptomsSpec extends MariaDbSpec {

    @Override
    Map<String, String> extraProperties() {
        ['dcim.alarm.cause-wait-s': '0']
    }
    static final MutableClock clock = new MutableClock(Instant.parse('2026-10-01T03:00:00Z'))
    static final Duration SETTLE = Duration.ofSeconds(60)

    @Inject AlarmRaiser raiser
    @Inject Alarms alarms
    @Inject Incidents incidents
    @Inject SettledSymptoms settledSymptoms
    @Inject IncidentCorrelator correlator
    @Inject SymptomRoots roots
    @Inject IncidentSettings settings
    @Inject IncidentRepository incidentRepository
    @Inject DataSource dataSource

    @MockBean(Clock)
    Clock clock() { clock }

    IncidentSite place

    def setup() {
        // every feature later than the last one: the duty's mark only moves forward
        clock.advance(Duration.ofMinutes(10))
        place = new IncidentSite(dataSource, raiser, incidents, 'Art. 6.5')
        place.room('A')
        [['cam-1', 'camera', 'critical'], ['door-1', 'door', 'normal']].each { name, kind, criticality ->
            place.device(name, 'mqtt')
            place.inRoom(name, 'A', kind, criticality)
        }
    }

    List<Object> levels() {
        place.incidents()*.level() ?: ['nothing']
    }

    def "the default settle time is 60 s"() {
        expect:
        settings.symptomSettle() == SETTLE
    }

    def "#rule on #device, then #then within the settle time: #atOnce at once, #settled once it passed"() {
        when: 'the alarm'
        Instant raisedAt = clock.instant()
        place.raise(device, rule, severity)

        and: '20 s later, what follows'
        clock.advance(Duration.ofSeconds(20))
        switch (then) {
            case 'clears': raiser.clear(place.dev(device), rule, '0'); break
            case 'nothing': break
            default: place.raise(device, then, Severity.major)
        }

        then:
        levels() == [atOnce]

        when: 'the settle time passed and the duty ran'
        clock.advance(SETTLE)
        settledSymptoms.run(clock.instant())

        then:
        levels() == [settled]

        and: 'an incident opened is detected when its alarm was raised, not when the wait ended'
        place.incidents().every { it.openedAt() == raisedAt }

        and: 'the drop leaves one row on the console'
        alarms.list(new AlarmFilter(AlarmFilter.CONSOLE, null, null, null, place.id), 100, 0).size() == rows

        where:
        device   | rule                   | severity          | then                 || atOnce                | settled               | rows
        'cam-1'  | 'camera-video-loss'    | Severity.major    | 'camera-offline'     || 'nothing'             | 'nothing'             | 1
        'cam-1'  | 'camera-video-loss'    | Severity.major    | 'device-unreachable' || 'nothing'             | 'nothing'             | 1
        'cam-1'  | 'camera-not-recording' | Severity.major    | 'camera-offline'     || 'nothing'             | 'nothing'             | 1
        'cam-1'  | 'camera-video-loss'    | Severity.major    | 'nothing'            || 'nothing'             | IncidentLevel.serious | 1  // the area is no longer watched (Art. 7.4)
        'cam-1'  | 'camera-video-loss'    | Severity.major    | 'clears'             || 'nothing'             | 'nothing'             | 1  // a blip: returned, waits for a person
        'door-1' | 'door-forced'          | Severity.critical | 'nothing'            || IncidentLevel.serious | IncidentLevel.serious | 1  // not a symptom of a drop: at once
    }

    def "the duty correlates once: a settled alarm later runs open nothing more"() {
        given:
        place.raise('cam-1', 'camera-video-loss', Severity.major)
        clock.advance(SETTLE + Duration.ofSeconds(1))
        settledSymptoms.run(clock.instant())

        when:
        clock.advance(Duration.ofSeconds(15))
        settledSymptoms.run(clock.instant())

        then:
        place.incidents().size() == 1
        incidents.alarmIds(place.incidents()[0].id()).size() == 1
    }

    def "after a start, an alarm whose settle time passed while the server was down opens its incident"() {
        given: 'a video loss raised, then the server stopped before the duty ran'
        Instant raisedAt = clock.instant()
        place.raise('cam-1', 'camera-video-loss', Severity.major)
        clock.advance(Duration.ofMinutes(20))

        when: 'the duty of the new process runs, with no mark yet'
        new SettledSymptoms(correlator, alarms, roots, incidentRepository, settings).run(clock.instant())

        then:
        place.incidents()*.level() == [IncidentLevel.serious]
        place.incidents()[0].openedAt() == raisedAt
    }
}
