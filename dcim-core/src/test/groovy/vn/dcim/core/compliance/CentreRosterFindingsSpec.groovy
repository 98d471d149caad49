package vn.dcim.core.compliance

import io.micronaut.test.annotation.MockBean
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.account.Role
import vn.dcim.core.account.UserAccounts
import vn.dcim.core.alarm.AlarmRaiser
import vn.dcim.core.alarm.AlarmSignal
import vn.dcim.core.alarm.Alarms
import vn.dcim.core.alarm.Severity
import vn.dcim.core.centre.Centres
import vn.dcim.core.error.InvalidInputException
import vn.dcim.core.notification.Channel
import vn.dcim.core.notification.Recipient
import vn.dcim.core.notification.RecipientRole
import vn.dcim.core.notification.Recipients
import vn.dcim.core.roster.DutyRoster
import vn.dcim.core.scope.AccountScopes
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
 * A merged province runs two centres, each with its own staff: each centre's duty roster must cover its own shifts
 * (Art. 36.3), the compliance view of a centre judges that centre's roster and the alarms of its sites, and a centre's
 * finding is told to that centre's supervisors and the province's leadership, not to the other centre's.
 */
@MicronautTest(transactional = false)
class CentreRosterFindingsSpec extends MariaDbSpec {
    static final Instant T0 = Instant.parse('2026-11-25T03:00:00Z')
    static final MutableClock clock = new MutableClock(T0)

    @Inject List<ComplianceCheck> checks
    @Inject PolicyProfiles profiles
    @Inject CentreProfiles compliance
    @Inject ComplianceEvaluator evaluator
    @Inject Catalogue catalogue
    @Inject DutyRoster roster
    @Inject Centres centres
    @Inject LocationRegistry locations
    @Inject Recipients recipients
    @Inject UserAccounts accounts
    @Inject AccountScopes scopes
    @Inject AlarmRaiser raiser
    @Inject Alarms alarms
    @Inject DataSource dataSource

    @MockBean(Clock)
    Clock clock() { clock }

    long thaiNguyen
    long bacKan

    def setup() {
        clock.now = T0
        new Sql(dataSource).empty(['notification', 'notification_recipient', 'alarm_step', 'ack_link', 'alarm', 'duty_shift'])
        thaiNguyen = centre('tn')
        bacKan = centre('bk')
    }

    private long centre(String code) {
        def known = centres.all().find { it.code() == code }
        if (known) {
            return known.id()
        }
        def c = centres.add(code, 'Trung tâm ' + code, 'Thái Nguyên', 'spec')
        locations.createSite(new Site('site-' + code, 'Phòng máy ' + code, 'Thái Nguyên', null), 'spec')
        centres.assignSite(c.id(), 'site-' + code, 'spec')
        c.id()
    }

    /** Shifts of 12 hours, from an hour ago, for {@code days} days. */
    private void cover(Long centre, int days, String who) {
        Instant from = T0.minus(Duration.ofHours(1))
        (0..<(days * 2)).each { roster.add(from.plus(Duration.ofHours(12 * it)), from.plus(Duration.ofHours(12 * it + 12)), who, null, centre, 'spec') }
    }

    private Judgement judged(Long centre) {
        def check = checks.find { it.key() == 'duty-roster-24-7' } as SiteCheck
        check.judge(T0, profiles.selected(), centre == null ? JudgedSites.EVERY : JudgedSites.ofCentre(centre, centres.sitesOf(centre)))
    }

    def "each centre's roster is judged by its own shifts and the province's: #situation"() {
        given:
        if (tn) cover(thaiNguyen, 8, 'an')
        if (bk) cover(bacKan, bk, 'bao')
        if (province) cover(null, 8, 'chi')

        expect: 'each judged with its own roster as the evidence'
        judged(thaiNguyen).evidence()*.href() == ["/ui/duty-roster?centre=$thaiNguyen".toString()]
        judged(thaiNguyen).state().name() == tnState
        judged(bacKan).state().name() == bkState
        judged(null).state().name() == provinceState

        where:
        situation                                        | tn    | bk | province || tnState          | bkState          | provinceState
        'Thái Nguyên planned a week, Bắc Kạn one day'    | true  | 1  | false    || 'compliant'      | 'non_compliant'  | 'non_compliant'
        'both planned a week'                            | true  | 8  | false    || 'compliant'      | 'compliant'      | 'compliant'
        'Bắc Kạn has no shift of its own'                | true  | 0  | false    || 'compliant'      | 'not_enough_data'| 'non_compliant'
        'the province\'s shifts cover Bắc Kạn'           | true  | 0  | true     || 'compliant'      | 'compliant'      | 'compliant'
        'only Thái Nguyên\'s staff, none of the province'| false | 8  | false    || 'not_enough_data'| 'compliant'      | 'non_compliant'
    }

    def "an alarm of a Bắc Kạn site that found nobody on duty counts against Bắc Kạn only"() {
        given: 'both rosters full'
        cover(thaiNguyen, 8, 'an')
        cover(bacKan, 8, 'bao')

        and: 'an alarm of Bắc Kạn\'s site went to the fallback recipients (nobody on duty had a contact)'
        raiser.raise(new AlarmSignal('site-bk', 'site-on-battery', 'x1', Severity.critical, 'Art. 6.4', 'Art. 6.4: on battery', null, null))
        long id = alarms.list('open', 50, 0).find { it.source() == 'site-bk' }.id()
        new Sql(dataSource).update("UPDATE alarm_step SET kind = 'fallback' WHERE alarm_id = ? AND level = 0", [id])

        expect:
        alarms.find(id).get().siteId() == 'site-bk'
        judged(thaiNguyen).state().name() == 'compliant'
        judged(bacKan).state().name() == 'non_compliant'
        judged(bacKan).said().key() == 'compliance.s.roster.fallback'
        judged(null).state().name() == 'non_compliant'
    }

    def "Bắc Kạn's roster finding goes to Bắc Kạn's supervisors and the province's leader, not Thái Nguyên's"() {
        given: 'Thái Nguyên planned its week, Bắc Kạn only today'
        cover(thaiNguyen, 8, 'an')
        cover(bacKan, 1, 'bao')

        and: 'a supervisor of each centre, one of them through her account limited to Bắc Kạn\'s site, and the province\'s leader'
        recipient('gs-tn', RecipientRole.supervisor, thaiNguyen, null)
        recipient('gs-bk', RecipientRole.supervisor, bacKan, null)
        recipient('gs-bk-account', RecipientRole.supervisor, null, account('giamsat-bk', ['site-bk']))
        recipient('gs-tn-account', RecipientRole.supervisor, null, account('giamsat-tn', ['site-tn']))
        recipient('lanh-dao', RecipientRole.leader, null, null)
        recipient('gs-tinh', RecipientRole.supervisor, null, account('giamsat-tinh', []))

        when: 'each centre is judged'
        compliance.evaluate(thaiNguyen, 'vi')
        compliance.evaluate(bacKan, 'vi')

        then: 'the roster finding of Bắc Kạn alone, to its own and the province\'s, naming the centre'
        told('[Trung tâm bk]') == ['gs-bk', 'gs-bk-account', 'gs-tinh', 'lanh-dao']
        told('[Trung tâm tn]') == []

        when: 'the province as a whole is judged: its roster has a gap (Bắc Kạn\'s)'
        evaluator.evaluate('vi')

        then: 'the province\'s finding of a requirement each centre is judged by apart goes to those of the whole province only'
        told('', true) == ['gs-tinh', 'lanh-dao']
    }

    def "a recipient answers for its account's centres or the one set on it, not both"() {
        when:
        recipient('both', RecipientRole.supervisor, bacKan, account('giamsat-both', ['site-bk']))

        then:
        def e = thrown(InvalidInputException)
        e.field() == 'centreId'
    }

    private long account(String name, List<String> sites) {
        long id = accounts.create(new UserAccounts.NewUser(name, null, [Role.supervisor] as Set, 'Giam-Sat-Pass#2026x', null, null, null,
                null, null), 'spec').id()
        scopes.set(id, sites as Set, null, 'spec')
        id
    }

    private void recipient(String name, RecipientRole role, Long centre, Long account) {
        recipients.create(new Recipient(null, name, role, Channel.email, "$name@ttdl.example.vn".toString(), Severity.major, true, null, 'vi',
                centre, account), 'spec')
    }

    /** Who was told of the roster requirement (of the centre the subject names; {@code province}: of no centre). */
    private List<String> told(String centreTag, boolean province = false) {
        String id = catalogue.all().find { it.check() == 'duty-roster-24-7' }.id()
        new Sql(dataSource).rows('SELECT address, subject FROM notification ORDER BY id')
                .findAll { (it.subject as String).endsWith(': ' + id) }
                .findAll { province ? !(it.subject as String).contains('[Trung tâm') : (it.subject as String).contains(centreTag) }
                .collect { (it.address as String).replace('@ttdl.example.vn', '') }.sort()
    }
}
