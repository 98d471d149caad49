package vn.dcim.web.ui.centre

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.openqa.selenium.By
import spock.lang.Shared
import spock.lang.Stepwise
import vn.dcim.core.account.Role
import vn.dcim.web.api.centre.CentreApiSpec
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.TestUsers
import vn.dcim.web.ui.pages.Browser
import vn.dcim.web.ui.pages.BrowserSpec
import vn.dcim.web.ui.pages.CentresPage

/**
 * The register of centres in Chromium: the administrator adds the former Bắc Kạn centre under its regulation, gives it
 * its site and switches it to the new province's regulation; the page keeps the switch and each requirement's
 * history under both; the auditor reads it all and is offered no form. One browser, one register.
 */
@Stepwise
@MicronautTest(transactional = false)
class CentresBrowserSpec extends BrowserSpec {
    static final String PROFILE_DIR = CentreApiSpec.profileDir()
    static final String SESSION_TIMEOUT = 'R-000-06.2a'
    static final String BAC_KAN = 'QĐ 11/2023 + QĐ 22/2021 — UBND tỉnh Bắc Kạn'
    static final String THAI_NGUYEN = 'QĐ 12/2026 — UBND tỉnh Thái Nguyên'

    @Inject TestUsers users
    @Shared String code = 'bk-' + UUID.randomUUID().toString().take(6)
    @Shared String site = 'bk-site-' + UUID.randomUUID().toString().take(6)

    @Override
    Map<String, String> extraProperties() {
        ['dcim.compliance.profile-dir': PROFILE_DIR]
    }

    def "the administrator adds a centre under its former province's regulation and gives it its site"() {
        given:
        assert new Calls(server.URL).post('/api/sites', [id: site, name: 'Phòng máy Bắc Kạn', province: 'Thái Nguyên'],
                users.token([Role.asset_manager] as Set)).status == 201
        Browser.signIn(driver, server.URL, users.person('le-van-qt', 'Lê Văn Quản Trị', EnumSet.of(Role.admin)), TestUsers.PASSWORD)

        when:
        def page = new CentresPage(driver, server.URL).open().add(code, 'Trung tâm Bắc Kạn (cũ)', 'Thái Nguyên', BAC_KAN).assign(site)

        then:
        page.profileName() == BAC_KAN
        page.profileIssued() == 'QĐ 11/2023/QĐ-UBND + QĐ 22/2021/QĐ-UBND của UBND tỉnh Bắc Kạn'
        page.open().centres().find { it.code == code }.with { name == 'Trung tâm Bắc Kạn (cũ)' && profile.startsWith(BAC_KAN) }
    }

    def "the centre switches to the new province's regulation and keeps each requirement's history under both"() {
        given: 'the centre judged once under QĐ 11/2023 (its compliance view)'
        def page = new CentresPage(driver, server.URL).open()
        driver.findElement(By.linkText(code)).click()
        page.waitFor(20) { !it.findElements(By.id('centre-facts')).isEmpty() }
        driver.findElement(By.id('centre-compliance')).click()
        page.waitFor(60) { !it.findElements(By.id('compliance')).isEmpty() }
        driver.navigate().back()
        page.waitFor(20) { !it.findElements(By.id('centre-facts')).isEmpty() }

        when:
        page.switchTo(THAI_NGUYEN, 'QĐ 12/2026 thay thế QĐ 11/2023')

        then:
        page.switches() == [[BAC_KAN, THAI_NGUYEN], ['Quy định chung của hệ thống', BAC_KAN]]
        page.historyOf(SESSION_TIMEOUT) == [THAI_NGUYEN, BAC_KAN]
    }

    def "the auditor reads the register and the centre's history, and is offered no form"() {
        given:
        driver.manage().deleteAllCookies()
        Browser.signIn(driver, server.URL, users.person('tran-thi-kt', 'Trần Thị Kiểm Tra', EnumSet.of(Role.auditor)), TestUsers.PASSWORD)

        when:
        def page = new CentresPage(driver, server.URL).open()
        driver.findElement(By.linkText(code)).click()
        page.waitFor(20) { !it.findElements(By.id('centre-facts')).isEmpty() }

        then:
        page.profileName() == THAI_NGUYEN
        page.historyOf(SESSION_TIMEOUT) == [THAI_NGUYEN, BAC_KAN]
        !page.offersForms()
    }

    def cleanup() {
        assert Browser.policyViolations(driver) == []
    }
}
