package vn.dcim.core.notification.escalation

import io.micronaut.test.annotation.MockBean
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.alarm.AlarmRaiser
import vn.dcim.core.alarm.AlarmSignal
import vn.dcim.core.alarm.Alarms
import vn.dcim.core.alarm.Severity
import vn.dcim.core.centre.Centres
import vn.dcim.core.notification.NotificationRepository
import vn.dcim.core.notification.channel.NotifiedPeople
import vn.dcim.core.notification.channel.NotifiedPerson
import vn.dcim.core.notification.channel.NotifiedPersonRepository
import vn.dcim.core.notification.channel.PersonContact
import vn.dcim.core.notification.channel.PersonContactRepository
import vn.dcim.core.roster.DutyRoster
import vn.dcim.core.site.LocationRegistry
import vn.dcim.core.site.Site
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.MutableClock
import vn.dcim.core.testing.Sql

import javax.sql.DataSource
import java.time.Clock
import java.time.Duration
import java.time.Instant

/**
 * A merged province runs two centres, each with its own staff: an alarm of one centre's site goes to those on duty
 * for that centre, then to that centre's shift leader; the province's head (of no centre) hears of both, and the
 * other centre's staff of neither.
 */
@MicronautTest(transactional = false)
class CentreEscalationSpec extends MariaDbSpec {
    static final Instant T0 = Instant.parse('2026-11-25T03:00:00Z') // 10:00 in the centre
    static final MutableClock clock = new MutableClock(T0)

    @Inject AlarmRaiser raiser
    @Inject Alarms alarms
    @Inject Escalation escalation
    @Inject DutyRoster roster
    @Inject Centres centres
    @Inject LocationRegistry locations
    @Inject NotifiedPeople notified
    @Inject NotifiedPersonRepository people
    @Inject PersonContactRepository contacts
    @Inject NotificationRepository outbox
    @Inject DataSource dataSource

    @Override
    Map<String, String> extraProperties() {
        ['dcim.notify.dispatch-interval': '1h']
    }

    @MockBean(Clock)
    Clock clock() { clock }

    long thaiNguyen
    long bacKan

    def setup() {
        clock.now = T0
        new Sql(dataSource).empty(['notification', 'alarm_step', 'ack_link', 'alarm', 'duty_shift', 'person_contact', 'notified_person'])
        thaiNguyen = centre('tn', 'site-tn')
        bacKan = centre('bk', 'site-bk')
        person('an', 'operator', thaiNguyen)
        person('bao', 'operator', bacKan)
        person('binh', 'shift_leader', thaiNguyen)
        person('bich', 'shift_leader', bacKan)
        person('chi', 'head', null)
        roster.add(T0.minus(Duration.ofHours(2)), T0.plus(Duration.ofHours(6)), 'an', null, thaiNguyen, 'spec')
        roster.add(T0.minus(Duration.ofHours(2)), T0.plus(Duration.ofHours(6)), 'bao', null, bacKan, 'spec')
    }

    private long centre(String code, String siteId) {
        def c = centres.add(code + '-' + System.nanoTime() % 1_000_000, 'Trung tâm ' + code, 'Thái Nguyên', 'spec')
        def site = siteId + '-' + c.id()
        locations.createSite(new Site(site, 'Phòng máy ' + code, 'Thái Nguyên', null), 'spec')
        centres.assignSite(c.id(), site, 'spec')
        c.id()
    }

    private String siteOf(long centreId) {
        centres.sitesOf(centreId)[0]
    }

    private void person(String name, String position, Long centreId) {
        def p = people.save(new NotifiedPerson(null, name, position, 'vi', null, null, true))
        contacts.save(new PersonContact(null, p.id(), 'email', "$name@ttdl.example.vn".toString(), null, true, true))
        notified.assignCentre(p.id(), centreId, 'spec')
    }

    private long raise(String source) {
        raiser.raise(new AlarmSignal(source, 'site-on-battery', UUID.randomUUID().toString().take(6), Severity.critical, 'Art. 6.4',
                'Art. 6.4: on battery', null, null))
        alarms.list('open', 50, 0).findAll { it.source() == source }.max { it.id() }.id()
    }

    private List<String> told(long alarmId) {
        outbox.findByAlarmIdOrderById(alarmId)*.address()*.replace('@ttdl.example.vn', '')
    }

    def "an alarm of #which centre climbs that centre's staff, then the province's head"() {
        given:
        long centre = which == 'Thái Nguyên' ? thaiNguyen : bacKan

        when:
        long id = raise(siteOf(centre))

        then: 'the one on duty for that centre alone'
        alarms.find(id).get().siteId() == siteOf(centre)
        told(id) == [onDuty]

        when: 'unacknowledged past its time, twice'
        clock.advance(Duration.ofMinutes(5))
        escalation.escalate()
        clock.advance(Duration.ofMinutes(5))
        escalation.escalate()

        then: 'that centre\'s shift leader, then the province\'s head; nobody of the other centre'
        told(id) == [onDuty, leader, 'chi']

        where:
        which         || onDuty | leader
        'Thái Nguyên' || 'an'   | 'binh'
        'Bắc Kạn'     || 'bao'  | 'bich'
    }

    def "a shift of the province covers every centre's sites, a centre's shift its own only"() {
        given:
        roster.add(T0.minus(Duration.ofHours(1)), T0.plus(Duration.ofHours(1)), 'chi', null, 'spec')

        expect:
        roster.covering(T0, T0.plusMillis(1), thaiNguyen)*.operator().sort() == ['an', 'chi']
        roster.covering(T0, T0.plusMillis(1), bacKan)*.operator().sort() == ['bao', 'chi']
        roster.covering(T0, T0.plusMillis(1), null)*.operator() == ['chi']
        roster.between(T0, T0.plusMillis(1))*.operator().sort() == ['an', 'bao', 'chi']
    }

    def "a centre's week shows a gap where nobody of that centre or the province is on duty"() {
        given: 'Bắc Kạn\'s shift ends at 16:00; Thái Nguyên has another till midnight'
        roster.add(T0.plus(Duration.ofHours(6)), T0.plus(Duration.ofHours(14)), 'an', null, thaiNguyen, 'spec')
        def day = T0.atZone(clock.zone).toLocalDate()

        when:
        def tn = roster.week(day, thaiNguyen).find { it.day() == day }
        def bk = roster.week(day, bacKan).find { it.day() == day }

        then:
        bk.stretches().findAll { it.shift() == null }.any { it.from() == T0.plus(Duration.ofHours(6)) }
        !tn.stretches().findAll { it.shift() == null }.any { it.from() == T0.plus(Duration.ofHours(6)) }
        bk.stretches().findAll { it.shift() != null }*.shift()*.operator().unique() == ['bao']
    }

    def "a person's centre is the register's: an unknown centre is refused"() {
        given:
        def p = people.findByName('an').get()

        when:
        notified.assignCentre(p.id(), 999_999L, 'spec')

        then:
        thrown(vn.dcim.core.error.NotFoundException)
        notified.centreOf(p.id()) == thaiNguyen
    }
}
