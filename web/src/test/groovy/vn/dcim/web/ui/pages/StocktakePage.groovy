package vn.dcim.web.ui.pages

import groovy.transform.InheritConstructors
import org.openqa.selenium.By
import org.openqa.selenium.TimeoutException
import org.openqa.selenium.support.ui.ExpectedConditions
import org.openqa.selenium.support.ui.WebDriverWait

import java.time.Duration

/** The stock-take list with its open form, and the crew's phone page of one stock-take. */
@InheritConstructors
class StocktakePage extends ScreenPage {
    /**
     * How long an answer may take on a loaded CI machine before the spec fails (10 s was outlasted by a
     * "move it here" there); the conditions waited on are the answers the spec means, so a fast machine never waits this long.
     */
    private WebDriverWait waiting() { Browser.waiting(driver, DashboardPage.SLOW_CI_S) }

    /** Opens a stock-take of one room through the asset manager's form; lands on its scanning page. */
    StocktakePage openStocktake(String name, Object roomId) {
        driver.get(baseUrl + '/ui/stocktakes')
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id('st-open')))
        driver.findElement(By.id('st-name')).sendKeys(name)
        driver.findElement(By.id("st-room-$roomId")).click()
        driver.findElement(By.id('st-open-send')).click()
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id('scan-box')))
        this
    }

    /** Types a room or rack label and says it is one; returns where the page says the crew stands. */
    String standAt(String label) {
        String before = driver.findElement(By.id('scan-where')).text
        driver.findElement(By.id('scan-code')).sendKeys(label)
        driver.findElement(By.id('scan-locate')).click()
        waiting().until { driver.findElement(By.id('scan-where')).text != before }
        driver.findElement(By.id('scan-where')).text
    }

    /** Types an asset's label code and sends it; returns the answer's outcome and text. */
    List<String> scan(String code) {
        def answer = driver.findElements(By.id('scan-answer'))
        String before = answer ? answer[0].text : ''
        driver.findElement(By.id('scan-code')).sendKeys(code)
        driver.findElement(By.id('scan-send')).click()
        waiting().until { driver.findElement(By.id('scan-answer')).displayed && driver.findElement(By.id('scan-answer')).text != before }
        def a = driver.findElement(By.id('scan-answer'))
        [a.getAttribute('data-outcome'), a.text]
    }

    /** The progress row of a room: registered, found, misplaced, unknown, missing, percent (once it shows {@code found}). */
    /**
     * The room's row (expected, found, misplaced, unknown, missing, %) once its found, misplaced and unknown cells
     * read {@code counted}, or as it stands when the wait ends: the table refreshes in the background after each answer.
     */
    List<String> progress(Object roomId, List<String> counted) {
        try {
            waiting().until { Browser.settled { progressRow(roomId)[1..3] == counted } }
        } catch (TimeoutException ignored) {
            // the spec's assertion shows the row as it stands
        }
        progressRow(roomId)
    }

    private List<String> progressRow(Object roomId) {
        driver.findElements(By.cssSelector("#st-room-$roomId td")).drop(1)*.text
    }

    StocktakePage close() {
        driver.findElement(By.id('st-close-send')).click()
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id('st-status')))
        waiting().until { driver.findElements(By.id('st-close-send')).isEmpty() }
        this
    }

    String status() { driver.findElement(By.id('st-status')).text }

    /** The missing assets of a room as the page lists them ("label name"). */
    List<String> missing(Object roomId) {
        driver.findElements(By.cssSelector("#st-missing-$roomId li.missing-asset"))*.getAttribute('textContent')*.trim()
    }

    /**
     * Points a camera at a label: the page's getUserMedia answers a stream of a canvas showing the PNG
     * (base64), and BarcodeDetector is taken away, as in a browser without it. Returns the answer once
     * the page has read a code (outcome and text).
     */
    List<String> cameraShows(String pngBase64) {
        def answer = driver.findElements(By.id('scan-answer'))
        String before = answer ? answer[0].text : ''
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript('''
            delete window.BarcodeDetector;
            const img = new Image();
            img.src = 'data:image/png;base64,' + arguments[0];
            const canvas = document.createElement('canvas');
            canvas.width = 480; canvas.height = 360;
            const g = canvas.getContext('2d');
            const paint = () => { g.fillStyle = '#fff'; g.fillRect(0, 0, 480, 360); if (img.complete) g.drawImage(img, 120, 60, 240, 240); };
            setInterval(paint, 100); paint();
            const stream = canvas.captureStream(10);
            navigator.mediaDevices.getUserMedia = async () => stream;
            // the frames the server has read and answered, for framesRead()
            window.__framesRead = 0;
            const fetch0 = window.fetch;
            window.fetch = function (url, ...rest) {
              const answer = fetch0.call(this, url, ...rest);
              if (String(url).endsWith('/frames')) answer.then(r => { if (r.ok) window.__framesRead++; });
              return answer;
            };''', pngBase64)
        driver.findElement(By.id('scan-camera')).click()
        waiting().withMessage { 'browser console: ' + driver.manage().logs().get('browser').all*.message }
                .until { driver.findElement(By.id('scan-answer')).displayed && driver.findElement(By.id('scan-answer')).text != before }
        def a = driver.findElement(By.id('scan-answer'))
        [a.getAttribute('data-outcome'), a.text]
    }

    /** How many camera frames the server has read and answered since {@link #cameraShows}. */
    int framesRead() {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript('return window.__framesRead || 0') as int
    }

    /**
     * Waits until the server has read {@code more} further frames of the camera. The page sends one frame at a time,
     * so once the last of them is answered the page has dealt with the ones before it.
     */
    void waitForFrames(int more) {
        int until = framesRead() + more
        waiting().until { framesRead() >= until }
    }

    /** The answer on the screen now: outcome and text. */
    List<String> answer() {
        def a = driver.findElement(By.id('scan-answer'))
        [a.getAttribute('data-outcome'), a.text]
    }

    /** Presses "move it here" under a misplaced answer, with the U typed when given; returns the new answer's outcome. */
    String moveHere(Integer u = null) {
        if (u != null) {
            driver.findElement(By.id('scan-move-u')).sendKeys(u.toString())
        }
        driver.findElement(By.id('scan-move')).click()
        waiting().until { driver.findElement(By.id('scan-answer')).getAttribute('data-outcome') == 'moved' }
        driver.findElement(By.id('scan-answer')).getAttribute('data-outcome')
    }

    boolean moveOffered() {
        driver.findElements(By.id('scan-move')).any { it.displayed }
    }

    /** Whether the page asks for the U to move into (a rack label was scanned). */
    boolean asksForU() {
        driver.findElements(By.id('scan-move-u')).any { it.displayed }
    }

    /** The refusal the page shows, if any. */
    String refusal() {
        def e = driver.findElement(By.id('scan-errors'))
        e.displayed ? e.text : ''
    }

    /** Presses "move it here" expecting a refusal; returns its text. */
    String moveRefused() {
        driver.findElement(By.id('scan-move')).click()
        waiting().until { driver.findElement(By.id('scan-errors')).displayed }
        driver.findElement(By.id('scan-errors')).text
    }

    /** Opens a stock-take's page as the asset manager's desk shows it. */
    StocktakePage open(long stocktakeId) {
        driver.get(baseUrl + '/ui/stocktakes/' + stocktakeId)
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id('st-progress')))
        this
    }

    /** A room's scans as its list shows them, newest first: [code, asset, outcome, where, registered in, who]. */
    List<List<String>> scansIn(Object roomId) {
        driver.findElements(By.cssSelector("#st-scans-$roomId tr.st-scan")).collect { row ->
            row.findElements(By.tagName('td')).take(6)*.text*.trim()
        }
    }

    /** Whether a scan's row offers "move it here". */
    boolean moveOfferedIn(Object roomId, String code) {
        !scanRow(roomId, code).findElements(By.cssSelector('button.st-scan-move')).isEmpty()
    }

    /** Presses "move it here" on a scan's row; returns what the row then says of it (its outcome). */
    String moveHereFromList(Object roomId, String code) {
        scanRow(roomId, code).findElement(By.cssSelector('button.st-scan-move')).click()
        waiting().until { Browser.settled { scanRow(roomId, code).getAttribute('data-outcome') == 'moved' } }
        scanRow(roomId, code).findElement(By.className('st-scan-outcome')).text
    }

    private org.openqa.selenium.WebElement scanRow(Object roomId, String code) {
        driver.findElements(By.cssSelector("#st-scans-$roomId tr.st-scan")).find { it.findElement(By.tagName('td')).text.trim() == code }
    }
}
