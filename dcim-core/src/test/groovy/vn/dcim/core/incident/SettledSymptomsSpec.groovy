package vn.dcim.core.incident

import io.micronaut.test.annotation.MockBean
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.alarm.AlarmFilter
import vn.dcim.core.alarm.AlarmRaiser
import vn.dcim.core.alarm.AlarmSignal
import vn.dcim.core.alarm.Alarms
import vn.dcim.core.alarm.Severity
import vn.dcim.core.alarm.SymptomRoots
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.MutableClock
import vn.dcim.core.testing.Sql

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

    String site

    def setup() {
        // every feature later than the last one: the duty's mark only moves forward
        clock.advance(Duration.ofMinutes(10))
        site = 'site-' + UUID.randomUUID().toString().take(6)
        def sql = new Sql(dataSource)
        sql.update("INSERT INTO site (id, name) VALUES (?, ?)", [site, site])
        sql.update("INSERT INTO room (site_id, name, kind) VALUES (?, 'A', 'server')", [site])
        [['cam-1', 'camera', 'critical'], ['door-1', 'door', 'normal']].each { name, kind, criticality ->
            sql.update("INSERT INTO monitored_device (id, site_id, name, protocol) VALUES (?, ?, ?, 'mqtt')", [dev(name), site, name])
            sql.update("INSERT INTO asset (site_id, room_id, kind, name, criticality) VALUES (?, (SELECT id FROM room WHERE site_id = ?), ?, ?, ?)",
                    [site, site, kind, name, criticality])
            sql.update("UPDATE monitored_device SET asset_id = (SELECT MAX(id) FROM asset WHERE site_id = ?) WHERE id = ?", [site, dev(name)])
        }
    }

    String dev(String name) { site + '-' + name }

    void raise(String device, String rule, Severity severity) {
        raiser.raise(new AlarmSignal(dev(device), rule, '0', severity, 'Art. 6.5', rule))
    }

    List<Incident> siteIncidents() {
        incidents.list(null, 100, 0).content.findAll { it.siteId() == site }
    }

    List<Object> levels() {
        siteIncidents()*.level() ?: ['nothing']
    }

    def "the default settle time is 60 s"() {
        expect:
        settings.symptomSettle() == SETTLE
    }

    def "#rule on #device, then #then within the settle time: #atOnce at once, #settled once it passed"() {
        when: 'the alarm'
        Instant raisedAt = clock.instant()
        raise(device, rule, severity)

        and: '20 s later, what follows'
        clock.advance(Duration.ofSeconds(20))
        switch (then) {
            case 'clears': raiser.clear(dev(device), rule, '0'); break
            case 'nothing': break
            default: raise(device, then, Severity.major)
        }

        then:
        levels() == [atOnce]

        when: 'the settle time passed and the duty ran'
        clock.advance(SETTLE)
        settledSymptoms.run(clock.instant())

        then:
        levels() == [settled]

        and: 'an incident opened is detected when its alarm was raised, not when the wait ended'
        siteIncidents().every { it.openedAt() == raisedAt }

        and: 'the drop leaves one row on the console'
        alarms.list(new AlarmFilter(AlarmFilter.CONSOLE, null, null, null, site), 100, 0).size() == rows

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
        raise('cam-1', 'camera-video-loss', Severity.major)
        clock.advance(SETTLE + Duration.ofSeconds(1))
        settledSymptoms.run(clock.instant())

        when:
        clock.advance(Duration.ofSeconds(15))
        settledSymptoms.run(clock.instant())

        then:
        siteIncidents().size() == 1
        incidents.alarmIds(siteIncidents()[0].id()).size() == 1
    }

    def "after a start, an alarm whose settle time passed while the server was down opens its incident"() {
        given: 'a video loss raised, then the server stopped before the duty ran'
        Instant raisedAt = clock.instant()
        raise('cam-1', 'camera-video-loss', Severity.major)
        clock.advance(Duration.ofMinutes(20))

        when: 'the duty of the new process runs, with no mark yet'
        new SettledSymptoms(correlator, alarms, roots, incidentRepository, settings).run(clock.instant())

        then:
        siteIncidents()*.level() == [IncidentLevel.serious]
        siteIncidents()[0].openedAt() == raisedAt
    }
}
