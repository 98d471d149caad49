package vn.dcim.core.notification.escalation

import io.micronaut.test.annotation.MockBean
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.alarm.AlarmSignal
import vn.dcim.core.alarm.Severity
import vn.dcim.core.centre.Centres
import vn.dcim.core.notification.channel.NotifiedPeople
import vn.dcim.core.site.LocationRegistry
import vn.dcim.core.site.Site

import java.time.Clock
import java.time.Duration

/**
 * A merged province runs two centres, each with its own staff: an alarm of one centre's site goes to those on duty
 * for that centre, then to that centre's shift leader; the province's head (of no centre) hears of both, and the
 * other centre's staff of neither.
 */
@MicronautTest(transactional = false)
class CentreEscalationSpec extends EscalatingSpec {
    @Inject Centres centres
    @Inject LocationRegistry locations
    @Inject NotifiedPeople notified

    @MockBean(Clock)
    Clock clock() { clock }

    long thaiNguyen
    long bacKan

    def setup() {
        thaiNguyen = centre('tn', 'site-tn')
        bacKan = centre('bk', 'site-bk')
        staff('an', 'operator', thaiNguyen)
        staff('bao', 'operator', bacKan)
        staff('binh', 'shift_leader', thaiNguyen)
        staff('bich', 'shift_leader', bacKan)
        staff('chi', 'head', null)
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

    /** Someone to tell who belongs to this centre, or to the province (no centre). */
    private void staff(String name, String position, Long centreId) {
        notified.assignCentre(person(name, position).id(), centreId, 'spec')
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
