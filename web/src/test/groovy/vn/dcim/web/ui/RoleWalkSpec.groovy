package vn.dcim.web.ui

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.openqa.selenium.WebDriver
import spock.lang.AutoCleanup
import spock.lang.Shared
import vn.dcim.core.account.Role
import vn.dcim.core.account.UserAccounts
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.i18n.ShownWords
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.TestUsers
import vn.dcim.web.ui.pages.AnyScreen
import vn.dcim.web.ui.pages.Browser

/**
 * The walk-through as each role, on a phone and on a desk: a person signed in with that one role opens every screen
 * its menu offers on a 390 × 844 phone (the demo site fills them), then sees the same page on a 1,366 × 768 desk, and
 * each opens, fits and speaks Vietnamese at both sizes: nothing makes the page scroll sideways (a wide table scrolls
 * inside its own box, the page does not), and what it shows once its scripts drew (the live tables the server's HTML
 * does not hold) has no English-only word, no code and no machine's word ({@link ShownWords}). Screenshots per role
 * and screen are kept under target/screenshots for a person to look through when asked for (DCIM_SCREENSHOTS=true or
 * -Ddcim.screenshots=true, {@link Browser#keepsScreenshots}).
 */
@MicronautTest(transactional = false)
class RoleWalkSpec extends MariaDbSpec {
    static final int PHONE_WIDTH = 390
    static final int PHONE_HEIGHT = 844
    static final int DESK_WIDTH = 1366
    static final int DESK_HEIGHT = 768

    @Inject EmbeddedServer server
    @Inject TestUsers users
    @Inject UserAccounts accounts
    @Shared @AutoCleanup('quit') WebDriver driver = Browser.start()

    @Override
    Map<String, String> extraProperties() { ['dcim.demo.enabled': 'true'] }

    def "as #role every screen of the menu opens, fits a phone's 390 px and a desk's 1,366 px and speaks Vietnamese"() {
        given: 'a person who holds only that role, signed in through the form'
        driver.manage().deleteAllCookies()
        // a name of no words: the screens show it, and its words are not the screens' to answer for
        String name = 'dt' + role.ordinal()
        users.person(name, 'Điện thoại ' + name, [role] as Set, role == Role.maintenance ? 'Tổ bảo trì' : null)
        if (role == Role.agency) {
            ownAgency(name)
        }
        Browser.signIn(driver, server.URL, name, TestUsers.PASSWORD)
        def screen = new AnyScreen(driver, server.URL).open('/', PHONE_WIDTH, PHONE_HEIGHT, true)
        List<String> menu = screen.menu()

        when:
        List<String> problems = []
        menu.each { String href ->
            // a redirect (an agency's "/" leads to its own page) is followed: the page it leads to must answer 200
            screen.open(href, PHONE_WIDTH, PHONE_HEIGHT, true)
            int status = screen.answered()
            if (status != 200) {
                problems << "$href answers $status"
                return
            }
            screen.screenshot("phone-${role}" + href.replaceAll(/[^a-z0-9]+/, '-'))
            if (screen.pageOverflow() > 0) {
                problems << "$href scrolls ${screen.pageOverflow()} px sideways: ${screen.pastTheEdge()}"
            }
            List<String> words = ShownWords.of(screen.shownText())
            if (words) {
                problems << "$href shows ${words}"
            }
            screen.resize(DESK_WIDTH, DESK_HEIGHT)
            if (screen.pageOverflow() > 0) {
                problems << "$href on a desk scrolls ${screen.pageOverflow()} px sideways: ${screen.pastTheEdge()}"
            }
            List<String> deskWords = ShownWords.of(screen.shownText()) - words
            if (deskWords) {
                problems << "$href on a desk shows ${deskWords}"
            }
        }

        then:
        !menu.isEmpty()
        problems == []

        where:
        role << Role.values()
    }

    /** An agency's person sees only its own agency's equipment: the account is limited to one. */
    private void ownAgency(String name) {
        def calls = new Calls(server.URL)
        def agency = calls.post('/api/agencies', [code: 'PHONE' + System.nanoTime() % 100000, name: 'Sở thử điện thoại'], users.token())
        assert agency.status == 201: agency.text
        long id = accounts.findByUsername(name).get().id()
        def set = calls.send('PUT', "/api/users/$id/scope", [Authorization: "Bearer ${users.adminToken()}"], [agencyId: agency.json.id])
        assert set.status == 200: set.text
    }
}
