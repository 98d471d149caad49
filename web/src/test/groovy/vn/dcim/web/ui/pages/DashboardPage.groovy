package vn.dcim.web.ui.pages

import groovy.transform.InheritConstructors
import org.openqa.selenium.WebDriver
import org.openqa.selenium.By
import org.openqa.selenium.JavascriptExecutor
import org.openqa.selenium.WebDriverException
import org.openqa.selenium.WebElement
import org.openqa.selenium.support.ui.WebDriverWait

import java.time.Duration

/** The shift's dashboard: a site's power chain with live values, drawn by dashboard.js. */
@InheritConstructors
class DashboardPage extends ScreenPage {
    /**
     * How long a step may take on a loaded CI machine before the spec fails: the conditions waited on are
     * the ones the spec means (an answer shown), so a fast machine never waits this long.
     */
    static final int SLOW_CI_S = 30

    DashboardPage open(String query = '') {
        driver.get(baseUrl + '/' + query)
        waitFor(SLOW_CI_S) { driver.findElements(By.cssSelector('article.site .stages')).size() > 0 }
        this
    }

    /**
     * The card of the power-chain element with that name, found in one look: the page re-draws itself each
     * second here, and on a loaded machine a card-by-card search outlasts the drawing it searches.
     */
    WebElement element(String name) {
        driver.findElements(By.xpath("//*[contains(concat(' ', @class, ' '), ' stages ')]//div[contains(concat(' ', @class, ' '), ' card ')]"
                + "[div[contains(concat(' ', @class, ' '), ' card-title ')][contains(., '${name}')]]")).find()
    }

    /** Finds the card of the element named arguments[0] (null if none is drawn); {@code seen} reads text as a person sees it. */
    private static final String CARD = '''
        const seen = s => s == null ? null : s.replace(/\\u00a0/g, ' ').trim();
        const card = Array.from(document.querySelectorAll('article.site .stages div.card')).find(c =>
            Array.from(c.children).some(t => t.classList.contains('card-title') && t.textContent.includes(arguments[0]))) || null;
    '''

    /**
     * Runs {@code body} in the page after {@link #CARD} and returns its answer: one script reads or clicks
     * within one drawing. On a loaded machine a WebDriver call per step outlasts the drawing (re-drawn each
     * second), and every try met a stale element (CI failed so on "what loses power if UPS-01 fails").
     */
    private Object onCard(String name, String body, Object... more) {
        (driver as JavascriptExecutor).executeScript(CARD + body, ([name] + (more as List)) as Object[])
    }

    /** The text a card shows for a metric, e.g. "32 %"; null while it shows none. */
    String value(String name, String metric) {
        onCard(name, '''
            const dd = card && Array.from(card.querySelectorAll('dd')).find(d => d.dataset.metric === arguments[1]);
            return dd ? seen(dd.innerText) : null;''', metric)
    }

    /** What an element's own readings say on its card, or null. */
    String said(String name) {
        onCard(name, '''const s = card && card.querySelector('.said'); return s ? seen(s.innerText) : null;''')
    }

    /** The card's state class, e.g. "critical". */
    String state(String name) {
        onCard(name, '''const c = card && Array.from(card.classList).find(k => k.startsWith('state-')); return c ? c.substring(6) : null;''')
    }

    /** The grid-lost banner of a site, or null while the grid is there. */
    String banner(String site) {
        def b = driver.findElements(By.id("grid-banner-${site}"))
        b ? b[0].text : null
    }

    /** The demo's stated outage schedule under a site's name, or null. */
    String demoSchedule(String site) {
        def p = driver.findElements(By.id("demo-schedule-${site}"))
        p ? p[0].text : null
    }

    String live() { driver.findElement(By.id('live')).getAttribute('class') }

    boolean navigationShown() { !driver.findElements(By.id('nav')).isEmpty() }

    /** Marks the loaded document: a reload would lose the mark. */
    void mark() { (driver as JavascriptExecutor).executeScript('window.__notReloaded = true') }

    boolean stillMarked() { (driver as JavascriptExecutor).executeScript('return window.__notReloaded === true') }

    /** How far the page is wider than the window (0 when there is nothing to scroll sideways). */
    long horizontalOverflow() {
        (driver as JavascriptExecutor).executeScript(
                'return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - document.documentElement.clientWidth') as long
    }

    /** Keeps what the browser shows, when screenshots are asked for ({@link Browser#screenshot}). */
    void screenshot(String name) {
        Browser.screenshot(driver, name)
    }

    /**
     * Asks "what loses power if this element fails" and waits for the answer the spec reads. The page keeps
     * an answer across the live stream's re-drawings, so one click that reached a drawn button is enough;
     * a click on a card re-drawn meanwhile throws, and is made again on the new drawing.
     */
    String whatIf(String name) {
        boolean asked = false
        waitFor(SLOW_CI_S) {
            if (!asked) {
                // found and clicked within one drawing (see onCard)
                asked = onCard(name, '''const b = card && card.querySelector('button.what-if'); if (b) b.click(); return !!b;''') as boolean
            }
            asked ? outageAnswer() : null
        }
        outageAnswer()
    }

    /**
     * The servers the answer to "what if" names, each by its name with the words the page
     * says of it and what the failure does to it (dark, on_battery, one_feed): [name: [said, outcome]].
     * Read in one go from the drawing seen now; a re-drawing meanwhile throws, to be retried by {@link #waitFor}.
     */
    Map<String, List<String>> servers() {
        List<List<String>> rows = (driver as JavascriptExecutor).executeScript('''
            return Array.from(document.querySelectorAll('#outage-demo ul.servers li')).map(li =>
                [li.getAttribute('data-device'), li.innerText.replace(/\\u00a0/g, ' ').trim(), li.getAttribute('data-outcome')]);''') as List<List<String>>
        rows.collectEntries { [(it[0]): [it[1], it[2]]] }
    }

    /** The answer to "what if" shown now ('' when none), read in one script. */
    String outageAnswer() {
        (driver as JavascriptExecutor).executeScript('''
            const a = document.getElementById('outage-demo');
            return a ? a.innerText.replace(/\\u00a0/g, ' ').trim() : '';''')
    }

    /**
     * Where the answer to "what if" stands in the window: [top, bottom] of its first line and of the window's
     * height, in CSS pixels; the answer is in view when its heading is inside the window.
     */
    List<Long> outageHeadingAt() {
        (driver as JavascriptExecutor).executeScript('''
            const h = document.querySelector('#outage-demo h4');
            if (!h) return null;
            const r = h.getBoundingClientRect();
            return [Math.round(r.top), Math.round(r.bottom), window.innerHeight];''') as List<Long>
    }

    /** Waits until the live stream has drawn the power chain anew (the drawing seen now is replaced). */
    void redrawn() {
        def drawing = driver.findElement(By.cssSelector('article.site .stages'))
        Browser.waitUntilGone(driver, drawing, SLOW_CI_S)
    }

    /**
     * Asked every 500 ms, not Browser.waiting's 100 ms: the page re-draws itself each second and these waits
     * are for a live value from the demo's agents (seconds apart), where asking faster only loads the
     * machine; two of them timed out at load 43 with 100 ms.
     */
    @Override
    <T> T waitFor(int seconds = 10, Closure<T> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(seconds)).ignoring(WebDriverException).until { condition.call(it) ?: null } as T
    }
}
