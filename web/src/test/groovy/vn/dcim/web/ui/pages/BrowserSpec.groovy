package vn.dcim.web.ui.pages

import io.micronaut.runtime.server.EmbeddedServer
import jakarta.inject.Inject
import org.openqa.selenium.WebDriver
import spock.lang.AutoCleanup
import spock.lang.Shared
import vn.dcim.core.testing.MariaDbSpec

/**
 * A browser spec: the running product and one headless Chromium for all of the spec's features, quit after the
 * last. Who signs in, and how, is the spec's own ({@link SignedInBrowserSpec} signs in once with every role).
 */
abstract class BrowserSpec extends MariaDbSpec {
    @Inject EmbeddedServer server
    @Shared @AutoCleanup('quit') WebDriver driver = Browser.start()
}
