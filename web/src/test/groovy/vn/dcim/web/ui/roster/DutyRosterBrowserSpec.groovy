package vn.dcim.web.ui.roster

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.openqa.selenium.By
import org.openqa.selenium.support.ui.WebDriverWait
import spock.lang.Shared
import spock.lang.Stepwise
import vn.dcim.core.account.Role
import vn.dcim.core.roster.DutyRoster
import vn.dcim.web.testing.TestUsers
import vn.dcim.web.ui.pages.Browser
import vn.dcim.web.ui.pages.BrowserSpec
import vn.dcim.web.ui.pages.DutyRosterPage

import java.time.Clock
import java.time.Duration
import java.time.LocalDate
import java.time.ZoneId
import java.time.ZoneOffset
import java.time.format.DateTimeFormatter

/**
 * The duty roster screen in Chromium (Art. 36.3): a supervisor puts people on duty with the form,
 * the week shows each shift in the center's time (Asia/Ho_Chi_Minh, UTC+7, while the JVM runs in UTC) and
 * the hours nobody covers as gaps; who is on duty now, or that nobody is; an operator reads it and cannot
 * change it. The features follow one another: one browser, one roster.
 */
@Stepwise
@MicronautTest(transactional = false)
class DutyRosterBrowserSpec extends BrowserSpec {
    static final ZoneId CENTER = ZoneId.of('Asia/Ho_Chi_Minh')
    static final String NOBODY = 'Không có ai trực'

    @Inject TestUsers users
    @Inject DutyRoster roster
    @Inject Clock clock
    /** The day after tomorrow in the center: clear of any shift around now. */
    @Shared LocalDate day

    @Override
    Map<String, String> extraProperties() {
        ['dcim.time-zone': CENTER.id]
    }

    def "a supervisor puts two people on duty: the day shows their shifts and the gaps around them, in the center's time"() {
        given:
        day = LocalDate.now(clock.withZone(CENTER)).plusDays(2)
        Browser.signIn(driver, server.URL, users.person('ngo-thi-gs', 'Ngô Thị Giám Sát', EnumSet.of(Role.supervisor)), TestUsers.PASSWORD)

        when: 'a morning shift and a night shift that ends the next day, typed as the center wall clock'
        def page = new DutyRosterPage(driver, server.URL).open(day)
                .putOnDuty('tran-van-a', day.atTime(6, 0), day.atTime(14, 0), 'ca sáng')
                .putOnDuty('le-thi-b', day.atTime(18, 0), day.plusDays(1).atTime(2, 0))

        then: 'the day reads hour by hour, the uncovered hours marked as gaps'
        page.heading() == 'Lịch trực'
        page.day(day) == [
                [when: '00:00 – 06:00', who: NOBODY, gap: true],
                [when: '06:00 – 14:00', who: 'tran-van-a', gap: false],
                [when: '14:00 – 18:00', who: NOBODY, gap: true],
                [when: '18:00 – 00:00', who: 'le-thi-b', gap: false]]
        page.dayName(day).endsWith(day.format(DateTimeFormatter.ofPattern('dd/MM/yyyy')))

        and: 'the night shift runs on into the next day, whose week shows it'
        page.open(day.plusDays(1)).day(day.plusDays(1)).take(2) == [
                [when: '00:00 – 02:00', who: 'le-thi-b', gap: false],
                [when: '02:00 – 00:00', who: NOBODY, gap: true]]

        and: 'kept as instants: 06:00 in the center is 23:00 UTC of the day before'
        def kept = roster.between(day.atStartOfDay(CENTER).toInstant(), day.plusDays(1).atStartOfDay(CENTER).toInstant())
        kept*.operator() == ['tran-van-a', 'le-thi-b']
        kept[0].startsAt() == day.minusDays(1).atTime(23, 0).toInstant(ZoneOffset.UTC)
        kept[1].endsAt() == day.atTime(19, 0).toInstant(ZoneOffset.UTC)
        kept*.createdBy() == ['ngo-thi-gs'] * 2
        kept[0].note() == 'ca sáng'
    }

    def "the form refuses a shift that ends before it starts, in words"() {
        when:
        def page = new DutyRosterPage(driver, server.URL).open(day).putOnDuty('tran-van-a', day.atTime(10, 0), day.atTime(9, 0))

        then:
        page.refusal() == 'Bị từ chối: ca trực phải kết thúc sau khi bắt đầu, tối đa 24 giờ.'
        roster.between(day.atStartOfDay(CENTER).toInstant(), day.plusDays(1).atStartOfDay(CENTER).toInstant()).size() == 2
    }

    def "who is on duty now; nobody on duty now is shown as a gap"() {
        when: 'nobody covers now'
        def page = new DutyRosterPage(driver, server.URL).open()

        then:
        page.onDutyNow() == []
        page.nobodyNow().startsWith('Hiện không có ai trực: lịch trực bị trống')

        when: 'a shift covers now'
        def now = clock.instant()
        roster.add(now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(1)), 'pham-van-c', null, 'ngo-thi-gs')
        page.open()

        then: 'the person and the end of their shift, in the center time'
        page.onDutyNow() == ["pham-van-c đến ${DateTimeFormatter.ofPattern('dd/MM/yyyy HH:mm').withZone(CENTER).format(now.plus(Duration.ofHours(1)))}".toString()]
        page.nobodyNow() == null
    }

    def "an operator reads the roster but cannot change it"() {
        given:
        signOut()
        Browser.signIn(driver, server.URL, users.person('hoang-van-op', 'Hoàng Văn Vận Hành', EnumSet.of(Role.operator)), TestUsers.PASSWORD)

        when:
        def page = new DutyRosterPage(driver, server.URL).open(day)

        then: 'the same week, without the form'
        page.day(day)*.who == [NOBODY, 'tran-van-a', NOBODY, 'le-thi-b']
        !page.offersTheForm()

        and: 'a crafted form post of the operator is refused, and nothing is added'
        page.postForm([operator: 'hoang-van-op', startsAt: "${day}T14:00".toString(), endsAt: "${day}T18:00".toString()]) == 403
        roster.between(day.atStartOfDay(CENTER).toInstant(), day.plusDays(1).atStartOfDay(CENTER).toInstant())*.operator() == ['tran-van-a', 'le-thi-b']
        Browser.policyViolations(driver) == []
    }

    void signOut() {
        driver.findElement(By.cssSelector('#sign-out button')).click()
        Browser.waiting(driver, 10).until { it.currentUrl.contains('/login') }
    }
}
