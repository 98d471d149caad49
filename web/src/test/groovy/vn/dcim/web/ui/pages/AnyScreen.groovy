package vn.dcim.web.ui.pages

import groovy.transform.InheritConstructors
import org.openqa.selenium.JavascriptExecutor
import org.openqa.selenium.WebDriver

/** Any screen of the product, as far as its width on a desk's screen goes. */
@InheritConstructors
class AnyScreen extends ScreenPage {
    /**
     * Opens {@code path} in a window whose page is {@code width} × {@code height} CSS pixels (a common office
     * laptop is 1,366 × 768), and waits until the page and the scripts' first drawing are done ({@link #SETTLED}).
     * A fixed 300 ms stood for it, ~180 times a role walk, and missed a drawing that came later (the dashboard's
     * first read waits 300 ms itself).
     */
    AnyScreen open(String path, int width, int height, boolean phone = false) {
        emulate(width, height, phone)
        def counter = cdp('Page.addScriptToEvaluateOnNewDocument', [source: COUNT_WORK])
        try {
            driver.get(baseUrl + path)
            waitFor(20) { ((JavascriptExecutor) driver).executeScript('return document.readyState') == 'complete' }
            settle()
        } finally {
            // the browser goes on to other specs' pages (Browser's pool): theirs run as the product wrote them
            cdp('Page.removeScriptToEvaluateOnNewDocument', [identifier: counter.identifier])
        }
        this
    }

    /**
     * The page as it lays itself out in a window of another size, without loading it again (a phone turned, a page
     * sent from a phone opened on a desk): the style sheets' media rules apply at once, the scripts' drawing stays.
     * Waits until the resize is handled and drawn ({@link #SETTLED}: a chart redraws 200 ms after it).
     */
    AnyScreen resize(int width, int height, boolean phone = false) {
        emulate(width, height, phone)
        settle()
        this
    }

    /**
     * Counts, in a page opened by {@link #open}, the scripts' work still to come: a request's answer and the reading of
     * its body (fetch; the product's scripts use no XMLHttpRequest), a live stream until its first event, and a timer of
     * less than a second (a debounced read, a redraw after a resize). Each is counted until a task after it ran, so
     * that what the script does with it (a table drawn) is done when the count is 0. Intervals are not counted.
     */
    static final String COUNT_WORK = '''
        (() => {
          let open = 0;
          const later = window.setTimeout.bind(window);
          const done = () => later(() => open--, 0);
          const track = p => { open++; return p.finally(done); };
          const reads = ['json', 'text', 'blob', 'arrayBuffer', 'formData'];
          const fetch0 = window.fetch;
          window.fetch = function (...args) {
            return track(fetch0.apply(this, args).then(r => {
              for (const m of reads) { const read = r[m].bind(r); r[m] = () => track(read()); }
              return r;
            }));
          };
          const timers = new Set();
          const clear0 = window.clearTimeout.bind(window);
          window.setTimeout = function (fn, ms, ...args) {
            if (typeof fn !== 'function' || !((Number(ms) || 0) < 1000)) return later(fn, ms, ...args);
            open++;
            const id = later(() => { timers.delete(id); try { fn(...args); } finally { done(); } }, ms);
            timers.add(id);
            return id;
          };
          window.clearTimeout = id => { if (timers.delete(id)) done(); clear0(id); };
          const Source = window.EventSource;
          window.EventSource = function (url, options) {
            const source = new Source(url, options);
            let first = true;
            const heard = () => { if (first) { first = false; done(); } };
            open++;
            const add = source.addEventListener.bind(source);
            source.addEventListener = (type, fn, o) => add(type, e => { try { return fn.call(source, e); } finally { heard(); } }, o);
            add('error', heard);
            add('message', heard);
            return source;
          };
          Object.defineProperty(window, '__workToCome', {get: () => open});
        })();'''

    /**
     * Answers once the page is loaded with no work to come ({@link #COUNT_WORK}) on three frames in a row (what the last
     * work drew is drawn);
     * at the latest after 10 s (a page that keeps a short timer going), far beyond the 300 ms that used to stand for it.
     */
    static final String SETTLED = '''
        const done = arguments[arguments.length - 1];
        const until = Date.now() + 10000;
        const settled = () => document.readyState === 'complete' && !(window.__workToCome > 0);
        let calm = 0;
        // frames, not timers: a timer of this wait's own would be counted as the page's work
        const frame = () => {
          calm = settled() ? calm + 1 : 0;
          if (calm > 2 || Date.now() > until) done(calm > 2); else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);'''

    private void settle() {
        ((JavascriptExecutor) driver).executeAsyncScript(SETTLED)
    }

    private Map cdp(String command, Map args) {
        ((org.openqa.selenium.chrome.ChromeDriver) driver).executeCdpCommand(command, args)
    }

    /**
     * A phone's layout (its viewport, its media rules, touch) at one device pixel per CSS pixel: what the walk checks
     * (widths, overflow, words) is in CSS pixels and the product's styles and scripts ask nothing of the pixel ratio,
     * while a phone's ratio of 3 had the browser paint and shoot nine times the pixels.
     */
    private void emulate(int width, int height, boolean phone) {
        cdp('Emulation.setDeviceMetricsOverride', [width: width, height: height, deviceScaleFactor: 1, mobile: phone])
    }

    /**
     * The HTTP status the product answered the page {@link #open} loaded with, after the redirects the browser followed:
     * the navigation's own answer, so that a page is not asked for twice (once to read its status, once to show it).
     */
    int answered() {
        ((JavascriptExecutor) driver).executeScript("return performance.getEntriesByType('navigation')[0].responseStatus") as int
    }

    /** The menu's links as the page offers them to the signed-in person. */
    List<String> menu() {
        ((JavascriptExecutor) driver).executeScript(
                'return [...document.querySelectorAll("a[id^=nav-]")].map(a => a.getAttribute("href"))') as List<String>
    }

    /** A few of the elements that reach past the window's right edge outside any box that scrolls or clips them. */
    List<String> pastTheEdge() {
        ((JavascriptExecutor) driver).executeScript('''
            const out = [];
            for (const e of document.body.querySelectorAll('*')) {
              if (!e.offsetParent || out.length >= 5) continue;
              const r = e.getBoundingClientRect();
              let clipped = false;
              for (let box = e.parentElement; box && box !== document.body; box = box.parentElement) {
                const x = getComputedStyle(box).overflowX;
                if (x === 'auto' || x === 'scroll' || x === 'hidden') { clipped = true; break; }
              }
              if (!clipped && r.right > window.innerWidth + 1) {
                const cls = typeof e.className === 'string' && e.className ? '.' + e.className.split(' ').join('.') : '';
                out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + cls + ' ends ' + Math.round(r.right - window.innerWidth) + ' px past');
              }
            }
            return out;''') as List<String>
    }

    /**
     * What a reader sees of the page after its scripts drew: the text of every shown element and the titles,
     * placeholders and labels of its controls; not scripts nor styles, nor a text the page declares as English
     * (lang="en": a vendor MIB's description), as data not to translate (translate="no") or as code (a cron line).
     */
    String shownText() {
        ((JavascriptExecutor) driver).executeScript('''
            const skip = 'script,style,code,[lang="en"],[translate="no"]';
            const out = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const p = n.parentElement;
              if (!p || p.closest(skip) || !p.checkVisibility()) continue;
              const t = n.textContent.trim();
              if (t) out.push(t);
            }
            for (const e of document.body.querySelectorAll('[title],[placeholder],[aria-label]')) {
              if (e.closest(skip) || !e.checkVisibility()) continue;
              for (const a of ['title', 'placeholder', 'aria-label']) if (e.hasAttribute(a)) out.push(e.getAttribute(a));
            }
            return out.join(' ');''') as String
    }

    /** How far the page is wider than its window, as the browser scrolls it: 0 when nothing scrolls sideways. */
    long pageOverflow() {
        ((JavascriptExecutor) driver).executeScript(
                'return document.scrollingElement.scrollWidth - window.innerWidth') as long
    }

    /**
     * The tables a reader would have to scroll sideways, each with how far: a table wider than the window, or
     * one inside a box that scrolls it sideways (a side scroll too, only smaller).
     */
    List<String> sideScrolledTables() {
        ((JavascriptExecutor) driver).executeScript('''
            const out = [];
            for (const t of document.querySelectorAll('table')) {
              if (!t.offsetParent) continue; // not shown (a closed details, a hidden tab)
              const name = 'table#' + t.id + '.' + t.className;
              const right = t.getBoundingClientRect().right - window.innerWidth;
              if (right > 1) out.push(name + ' ends ' + Math.round(right) + ' px past the window');
              for (let box = t.parentElement; box && box !== document.body; box = box.parentElement) {
                const x = getComputedStyle(box).overflowX;
                if ((x === 'auto' || x === 'scroll') && box.scrollWidth > box.clientWidth + 1) {
                  out.push(name + ' scrolls ' + (box.scrollWidth - box.clientWidth) + ' px sideways in ' + box.tagName + '.' + box.className);
                  break;
                }
              }
            }
            return out;''') as List<String>
    }

    /** Keeps what the browser shows, when screenshots are asked for ({@link Browser#screenshot}). */
    void screenshot(String name) {
        Browser.screenshot(driver, name)
    }
}
