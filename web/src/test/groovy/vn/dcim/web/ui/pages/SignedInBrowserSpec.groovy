package vn.dcim.web.ui.pages

import io.micronaut.runtime.server.EmbeddedServer
import jakarta.inject.Inject
import org.openqa.selenium.WebDriver
import spock.lang.AutoCleanup
import spock.lang.Shared
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.TestUsers

/**
 * A browser spec whose headless Chromium signs in once, through the sign-in form, as a person
 * holding every role; specs about a role or about signing in itself sign in on their own.
 */
abstract class SignedInBrowserSpec extends MariaDbSpec {
    @Inject EmbeddedServer server
    @Inject TestUsers users
    @Shared @AutoCleanup('quit') WebDriver driver = Browser.start()
    @Shared boolean signedIn

    def setup() {
        if (!signedIn) {
            Browser.signIn(driver, server.URL, users.account(TestUsers.EVERY_ROLE), TestUsers.PASSWORD)
            signedIn = true
        }
    }

    def cleanup() {
        // every screen a spec walked through kept to the content security policy (SecurityHeaders)
        assert Browser.policyViolations(driver) == []
    }
}
