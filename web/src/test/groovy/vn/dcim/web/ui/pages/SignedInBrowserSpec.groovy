package vn.dcim.web.ui.pages

import jakarta.inject.Inject
import spock.lang.Shared
import vn.dcim.web.testing.TestUsers

/**
 * A browser spec whose headless Chromium signs in once, through the sign-in form, as a person
 * holding every role; specs about a role or about signing in itself sign in on their own.
 */
abstract class SignedInBrowserSpec extends BrowserSpec {
    @Inject TestUsers users
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
