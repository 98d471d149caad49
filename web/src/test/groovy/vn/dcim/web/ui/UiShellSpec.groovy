package vn.dcim.web.ui

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.web.testing.TestUsers
import org.openqa.selenium.WebDriver
import spock.lang.AutoCleanup
import spock.lang.Shared
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.ui.pages.Browser
import vn.dcim.web.ui.pages.ShellPage

@MicronautTest(transactional = false)
class UiShellSpec extends MariaDbSpec {

    @Inject
    EmbeddedServer server

    @Shared
    @AutoCleanup('quit')
    WebDriver driver = Browser.start()
    @Inject TestUsers users
    @Shared boolean signedIn


    @Override
    Map<String, String> extraProperties() { ['dcim.demo.enabled': 'true'] }

    def setup() {
        driver.manage().deleteAllCookies()
        Browser.signIn(driver, server.URL, users.account(TestUsers.EVERY_ROLE), TestUsers.PASSWORD)
    }

    def cleanup() {
        // the shell and the screens it opened kept to the content security policy (SecurityHeaders)
        assert Browser.policyViolations(driver) == []
    }

    def "the shell opens in Vietnamese with the navigation to every screen"() {
        when:
        def page = new ShellPage(driver, server.URL.toString()).open()

        then:
        page.lang() == 'vi'
        page.heading() == 'Tổng quan hạ tầng'
        page.navigation() == ['Tổng quan', 'Cảnh báo', 'Sự cố', 'Giao ca', 'Lịch trực', 'Nhật ký vận hành', 'Thiết bị giám sát', 'Thiết lập giám sát', 'Thiết bị phát hiện',
                              'Dạy thiết bị', 'Tủ rack', 'Kế hoạch năng lực', 'Tài sản', 'Đấu nối cáp', 'Kiểm kê',
                              'Bản quyền phần mềm', 'Đơn vị đặt thiết bị', 'Trung tâm', 'Lệnh công việc', 'Yêu cầu thay đổi', 'Khung bảo trì', 'Ắc quy và giờ chạy', 'Lịch tác vụ', 'Nhật ký ra vào', 'Đường truyền Internet',
                              'Bản tin MQTT bị từ chối', 'Báo cáo', 'Gửi báo cáo theo lịch', 'Tuân thủ quy chế', 'Hồ sơ lưu trữ', 'Dữ liệu cá nhân', 'Quản trị', 'Người nhận thông báo',
                              'Tài khoản MQTT thiết bị', 'Khóa đẩy sự kiện thiết bị', 'Tài khoản']
    }

    def "switching to English translates the shell and stays on the screen"() {
        given:
        def page = new ShellPage(driver, server.URL.toString()).open().go('alarms')

        when:
        page.switchLanguage()

        then:
        page.lang() == 'en'
        page.heading() == 'Alarms'
        page.navigation().containsAll(['Dashboard', 'Alarms', 'Incidents', 'Assets', 'Licences', 'Work orders',
                                       'Schedules', 'Reports', 'Compliance', 'Admin'])
        driver.currentUrl.endsWith('/ui/alarms')

        when: 'and back'
        page.switchLanguage()

        then:
        page.heading() == 'Cảnh báo'
    }

    def "the dashboard shows the demo site with its power chain"() {
        when:
        new ShellPage(driver, server.URL.toString()).open()

        then:
        driver.findElement(org.openqa.selenium.By.id('site-demo')).text.contains('Trung tâm Tích hợp dữ liệu')
        new vn.dcim.web.ui.pages.DashboardPage(driver, server.URL).waitFor(10) {
            driver.findElements(org.openqa.selenium.By.cssSelector('#site-demo .stages .card')).size() >= 12
        }
    }
}
