package vn.dcim.web.ui.pages

import org.openqa.selenium.Dimension
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

/**
 * Debian's headless Chromium through its own chromedriver; no browser download ever. Its headless shell
 * (package chromium-headless-shell, installed by .ci/services) where the machine has it: the same engine
 * without the full browser's window, GPU process and compositor, it starts in ~0.8 s of CPU instead of ~3 s
 * and draws a page for less. The browser specs were about half the CPU of web's spec run.
 */
final class Browser {
    private Browser() {}

    static final String HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell'

    /** CHROMIUM names the browser; unset, the headless shell where it is installed, else Debian's chromium. */
    static String binary() {
        System.getenv('CHROMIUM') ?: (new File(HEADLESS_SHELL).canExecute() ? HEADLESS_SHELL : '/usr/bin/chromium')
    }

    /**
     * A browser for a spec: an idle one of this JVM's, or a new one. A spec quits it when done ({@code @AutoCleanup('quit')})
     * and it goes back, emptied (see {@link #reset}), for the next spec class: ~25 browser spec classes each started
     * a Chromium and warmed it up with its first pages again, ~2 s of CPU each.
     */
    static WebDriver start() {
        synchronized (IDLE) {
            if (!IDLE.isEmpty()) {
                return IDLE.pop()
            }
        }
        def service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getenv('CHROMEDRIVER') ?: '/usr/bin/chromedriver'))
                .usingAnyFreePort()
                .build()
        def options = new ChromeOptions()
        String binary = binary()
        options.setBinary(binary)
        options.addArguments('--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
                '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update',
                '--disable-sync', '--window-size=1280,900')
        if (!binary.contains('headless-shell')) {
            // the full browser: headless, and a profile of its own (the shell refuses --user-data-dir: chromedriver
            // then finds no page; it always runs in a fresh profile of chromedriver's)
            options.addArguments('--headless=new', '--user-data-dir=' + Files.createTempDirectory('dcim-chromium').toString())
        }
        // the console, so that specs see what the content security policy refused
        options.setCapability('goog:loggingPrefs', [browser: 'ALL'])
        def browser = new PooledChromium(service, options)
        synchronized (IDLE) {
            STARTED << browser
        }
        browser
    }

    private static final Deque<PooledChromium> IDLE = new ArrayDeque<>()
    private static final List<PooledChromium> STARTED = []

    static {
        Runtime.runtime.addShutdownHook(new Thread({
            synchronized (IDLE) {
                STARTED.each { it.end() }
            }
        }))
    }

    /** Takes back a browser a spec quit: emptied, or ended if it cannot be. */
    static void release(PooledChromium browser) {
        try {
            reset(browser)
            synchronized (IDLE) {
                IDLE.push(browser)
            }
        } catch (Exception ignored) {
            // a browser that no longer answers (crashed, an alert left open) is not handed out again
            synchronized (IDLE) {
                STARTED.remove(browser)
            }
            browser.end()
        }
    }

    /**
     * As a new browser: one window at 1280 x 900 on a blank page, no cookie (they are per host, not per port: the
     * next spec's server on 127.0.0.1 would get this one's session), nothing stored by the last server's pages, no
     * emulated screen, and the console read, so that the next spec's policyViolations() sees its own pages only.
     */
    private static void reset(ChromeDriver browser) {
        List<String> windows = browser.windowHandles as List
        windows.drop(1).each { browser.switchTo().window(it).close() }
        browser.switchTo().window(windows[0])
        String url = browser.currentUrl
        if (url.startsWith('http')) {
            URI at = URI.create(url)
            browser.executeCdpCommand('Storage.clearDataForOrigin', [origin: "${at.scheme}://${at.authority}".toString(), storageTypes: 'all'])
        }
        browser.get('about:blank')
        browser.executeCdpCommand('Network.clearBrowserCookies', [:])
        browser.executeCdpCommand('Emulation.clearDeviceMetricsOverride', [:])
        browser.manage().window().setSize(new Dimension(1280, 900))
        browser.manage().logs().get('browser')
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
     * more than the page took, hundreds of times a suite.
     */
    static final Duration POLL = Duration.ofMillis(100)

    /** A wait of at most {@code seconds} that asks every {@link #POLL}. */
    static WebDriverWait waiting(WebDriver driver, int seconds) {
        def wait = new WebDriverWait(driver, Duration.ofSeconds(seconds), POLL)
        // a page that re-renders what the condition reads (a live row, a card after its change) is asked again
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException)
        wait
    }

    /**
     * Whether the specs keep screenshots of what they walked through under target/screenshots, for a person to look
     * through: only when asked, with DCIM_SCREENSHOTS=true or -Ddcim.screenshots=true. No spec reads them, and drawing
     * and encoding a PNG of every screen was an eighth of a role walk's time.
     */
    static boolean keepsScreenshots() {
        Boolean.getBoolean('dcim.screenshots') || System.getenv('DCIM_SCREENSHOTS') == 'true'
    }

    /**
     * Keeps what the browser shows as target/screenshots/NAME.png when screenshots are asked for ({@link #keepsScreenshots}):
     * a PNG encoded for speed (a larger file).
     */
    static void screenshot(WebDriver driver, String name) {
        if (!keepsScreenshots()) {
            return
        }
        def png = ((ChromeDriver) driver).executeCdpCommand('Page.captureScreenshot', [format: 'png', optimizeForSpeed: true]).data as String
        new File('target/screenshots').mkdirs()
        new File("target/screenshots/${name}.png").bytes = png.decodeBase64()
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
        !settled { element.isEnabled(); true }
    }

    /**
     * What {@code look} answers of a page that may be reloading, false while it is: an element read as the old
     * document goes is stale, or "does not belong to the document" while the new one is built (see {@link #gone}).
     */
    static boolean settled(Closure<Boolean> look) {
        try {
            look()
        } catch (StaleElementReferenceException ignored) {
            false
        } catch (WebDriverException e) {
            if (e.message?.contains('does not belong to the document')) return false
            throw e
        }
    }

    /** Waits until {@code element} has left the page (see {@link #gone}). */
    static void waitUntilGone(WebDriver driver, WebElement element, int seconds = 15) {
        Browser.waiting(driver, seconds).until { gone(element) }
    }
}

/** A spec's Chromium: quitting it gives it back to {@link Browser}'s pool; {@link #end} quits it. */
final class PooledChromium extends ChromeDriver {
    PooledChromium(ChromeDriverService service, ChromeOptions options) {
        super(service, options)
    }

    @Override
    void quit() {
        Browser.release(this)
    }

    void end() {
        try {
            super.quit()
        } catch (Exception ignored) {
            // already gone
        }
    }
}
