package vn.dcim.web.ui.pages

import org.openqa.selenium.StaleElementReferenceException
import org.openqa.selenium.WebDriver
import org.openqa.selenium.WebDriverException
import org.openqa.selenium.WebElement
import org.openqa.selenium.support.ui.WebDriverWait
import org.openqa.selenium.chrome.ChromeDriver
import org.openqa.selenium.chrome.ChromeDriverService
import org.openqa.selenium.chrome.ChromeOptions

import java.nio.file.Files
import java.time.Duration

/** Debian's headless Chromium through its own chromedriver; no browser download ever. */
final class Browser {
    private Browser() {}

    static WebDriver start() {
        def service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getenv('CHROMEDRIVER') ?: '/usr/bin/chromedriver'))
                .usingAnyFreePort()
                .build()
        def options = new ChromeOptions()
        options.setBinary(System.getenv('CHROMIUM') ?: '/usr/bin/chromium')
        options.addArguments('--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
                '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update',
                '--disable-sync', '--window-size=1280,900',
                '--user-data-dir=' + Files.createTempDirectory('dcim-chromium').toString())
        // the console, so that specs see what the content security policy refused
        options.setCapability('goog:loggingPrefs', [browser: 'ALL'])
        new ChromeDriver(service, options)
    }

    /**
     * What the content security policy refused since the last call (the browser's console): a screen
     * with an inline script or style, or a resource from elsewhere, shows up here.
     */
    static List<String> policyViolations(WebDriver driver) {
        driver.manage().logs().get('browser').all*.message.findAll { it.contains('Content Security Policy') }
    }

    /**
     * How often a wait asks the browser again. WebDriverWait's own 500 ms made every wait whose condition
     * did not hold at the first look (a form posted, a page reloading, a drawing replaced) last half a second
     * more than the page took, hundreds of times a suite (issue 32 §8).
     */
    static final Duration POLL = Duration.ofMillis(100)

    /** A wait of at most {@code seconds} that asks every {@link #POLL}. */
    static WebDriverWait waiting(WebDriver driver, int seconds) {
        new WebDriverWait(driver, Duration.ofSeconds(seconds), POLL)
    }

    /** Signs in through the sign-in form, as a person does; returns the path the browser landed on. */
    static String signIn(WebDriver driver, Object baseUrl, String username, String password) {
        new LoginPage(driver, baseUrl).open().signIn(username, password)
    }

    /**
     * Whether {@code element} has left the page (the page it was on was replaced). Chromium says so
     * either as a stale reference or, while the new document is being built, as an inspector error
     * "Node with given id does not belong to the document"; both mean gone.
     */
    static boolean gone(WebElement element) {
        try {
            element.isEnabled()
            false
        } catch (StaleElementReferenceException ignored) {
            true
        } catch (WebDriverException e) {
            if (e.message?.contains('does not belong to the document')) return true
            throw e
        }
    }

    /** Waits until {@code element} has left the page (see {@link #gone}). */
    static void waitUntilGone(WebDriver driver, WebElement element, int seconds = 15) {
        Browser.waiting(driver, seconds).until { gone(element) }
    }
}
