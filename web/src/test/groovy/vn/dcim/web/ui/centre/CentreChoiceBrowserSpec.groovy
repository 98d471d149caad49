package vn.dcim.web.ui.centre

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.openqa.selenium.By
import org.openqa.selenium.support.ui.Select
import vn.dcim.core.account.Role
import vn.dcim.core.centre.Centres
import vn.dcim.core.compliance.CentreProfiles
import vn.dcim.core.roster.DutyRoster
import vn.dcim.core.site.LocationRegistry
import vn.dcim.core.site.Site
import vn.dcim.web.testing.TestUsers
import vn.dcim.web.ui.pages.Browser
import vn.dcim.web.ui.pages.BrowserSpec

/**
 * The centre selector in Chromium, through signed-in people of a merged province: the shift chooses its centre on
 * the dashboard and sees that centre's sites only, the whole province again with "Toàn tỉnh"; the supervisor's
 * compliance view of a centre names the regulation that centre follows.
 */
@MicronautTest(transactional = false)
class CentreChoiceBrowserSpec extends BrowserSpec {
    @Inject TestUsers users
    @Inject Centres centres
    @Inject CentreProfiles profiles
    @Inject LocationRegistry locations
    @Inject DutyRoster roster
    @Inject java.time.Clock clock

    Map<String, Object> centre(String name, String profile) {
        def tag = UUID.randomUUID().toString().take(6)
        def c = centres.add('tt-' + tag, name, 'Thái Nguyên', 'spec')
        def site = 'site-' + tag
        locations.createSite(new Site(site, 'Phòng máy ' + name, 'Thái Nguyên', null), 'spec')
        centres.assignSite(c.id(), site, 'spec')
        profiles.adopt(c.id(), profile, null, 'spec')
        [id: c.id(), name: name, site: site]
    }

    List<String> shownSites() {
        driver.findElements(By.cssSelector('#cockpit article.site'))*.getAttribute('data-site')
    }

    void choose(String label) {
        def before = driver.findElement(By.id('centre-choice'))
        new Select(driver.findElement(By.id('centre-select'))).selectByVisibleText(label)
        driver.findElement(By.id('centre-show')).click()
        Browser.waitUntilGone(driver, before)
    }

    def "the shift chooses its centre and sees its sites; the whole province again with Toàn tỉnh"() {
        given:
        def tn = centre('Trung tâm Thái Nguyên', 'bac-kan')
        def bk = centre('Trung tâm Bắc Kạn (cũ)', 'an-giang')
        Browser.signIn(driver, server.URL, users.person('tran-van-truc', 'Trần Văn Trực', EnumSet.of(Role.operator)), TestUsers.PASSWORD)
        driver.get("${server.URL}/")

        expect: 'the whole province at first'
        shownSites().containsAll([tn.site, bk.site])
        new Select(driver.findElement(By.id('centre-select'))).firstSelectedOption.text == 'Toàn tỉnh'

        when:
        choose('Trung tâm Bắc Kạn (cũ)')

        then:
        shownSites() == [bk.site]
        driver.currentUrl.endsWith("centre=${bk.id}")
        new Select(driver.findElement(By.id('centre-select'))).firstSelectedOption.text == 'Trung tâm Bắc Kạn (cũ)'

        when:
        choose('Toàn tỉnh')

        then:
        shownSites().containsAll([tn.site, bk.site])
    }

    def "the supervisor's compliance view of a centre names the regulation that centre follows"() {
        given:
        def bk = centre('Trung tâm Kiên Giang (cũ)', 'an-giang')
        Browser.signIn(driver, server.URL, users.person('ngo-thi-gs', 'Ngô Thị Giám Sát', EnumSet.of(Role.supervisor)), TestUsers.PASSWORD)
        driver.get("${server.URL}/ui/compliance")

        when:
        choose('Trung tâm Kiên Giang (cũ)')

        then:
        driver.findElement(By.id('profile')).text.contains('QĐ 59/2024')
        driver.findElements(By.cssSelector('a.requirement-link')).first().getAttribute('href').contains("centre=${bk.id}")
    }

    def "a centre's roster shows its own shifts and the province's, not the other centre's"() {
        given:
        def tn = centre('Trung tâm Thái Nguyên ' + UUID.randomUUID().toString().take(4), 'bac-kan')
        def bk = centre('Trung tâm Bắc Kạn ' + UUID.randomUUID().toString().take(4), 'an-giang')
        def now = clock.instant()
        roster.add(now.minusSeconds(3600), now.plusSeconds(3600), 'truc-thai-nguyen', null, tn.id as Long, 'spec')
        roster.add(now.minusSeconds(3600), now.plusSeconds(3600), 'truc-bac-kan', null, bk.id as Long, 'spec')
        roster.add(now.minusSeconds(3600), now.plusSeconds(3600), 'truc-toan-tinh', null, 'spec')
        Browser.signIn(driver, server.URL, users.person('tran-van-truc', 'Trần Văn Trực', EnumSet.of(Role.operator)), TestUsers.PASSWORD)
        driver.get("${server.URL}/ui/duty-roster")

        when:
        choose(bk.name)
        def onDuty = driver.findElements(By.cssSelector('.on-duty'))*.text.join(' ')

        then:
        onDuty.contains('truc-bac-kan')
        onDuty.contains('truc-toan-tinh')
        !onDuty.contains('truc-thai-nguyen')
    }
}
