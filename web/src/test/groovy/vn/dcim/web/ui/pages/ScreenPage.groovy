package vn.dcim.web.ui.pages

import org.openqa.selenium.By
import org.openqa.selenium.JavascriptExecutor
import org.openqa.selenium.WebDriver
import org.openqa.selenium.WebDriverException
import org.openqa.selenium.WebElement
import org.openqa.selenium.support.ui.Select
import org.openqa.selenium.support.ui.WebDriverWait

import java.time.Duration

/**
 * What the page objects share: the browser, the server's address, waiting until the condition a spec
 * means holds (a page that reloads meanwhile is simply asked again), and typing into a form as a
 * person does.
 */
abstract class ScreenPage {
    final WebDriver driver
    final String baseUrl

    ScreenPage(WebDriver driver, Object baseUrl) {
        this.driver = driver
        this.baseUrl = baseUrl.toString().replaceAll('/$', '')
    }

    /** Opens {@code path} and waits for the element {@code readyId} of the page. */
    protected void visit(String path, String readyId, int seconds = 20) {
        driver.get(baseUrl + path)
        waitFor(seconds) { !it.findElements(By.id(readyId)).isEmpty() }
    }

    /** Opens {@code from}, follows its link {@code linkId} as a person does, and waits until the browser is at {@code to}. */
    protected void follow(String from, String linkId, String to) {
        driver.get(baseUrl + from)
        driver.findElement(By.id(linkId)).click()
        waitFor(30) { driver.currentUrl.endsWith(to) }
    }

    /**
     * Waits until {@code condition} answers something other than null, false or empty, and returns
     * that; an element gone stale or a page mid-reload (any WebDriverException) is asked again.
     */
    <T> T waitFor(int seconds = 10, Closure<T> condition) {
        Browser.waiting(driver, seconds).ignoring(WebDriverException).until { condition.call(it) ?: null } as T
    }

    String text(String id) { driver.findElement(By.id(id)).text }

    /**
     * Submits a screen form by its button and waits for the refusal its script writes in the line under it
     * (the two ids of views/parts.html's submit fragment); answers that refusal.
     */
    protected String submitRefused(String buttonId, String errorsId, int seconds) {
        driver.findElement(By.id(buttonId)).click()
        waitFor(seconds) { driver.findElement(By.id(errorsId)).text }
    }

    /** A select chooses the value; a date or month input takes its value as the form sends it (typed keys would follow the locale); text is typed anew. */
    protected void type(WebElement input, Object value) {
        if (input.tagName == 'select') {
            new Select(input).selectByValue(value.toString())
        } else if (input.getAttribute('type') in ['date', 'datetime-local', 'month']) {
            ((JavascriptExecutor) driver).executeScript('arguments[0].value = arguments[1]', input, value?.toString() ?: '')
        } else {
            input.clear()
            if (value != null) input.sendKeys(value.toString())
        }
    }

    /** Fills the fields of {@code form} by their names. */
    protected void fillNames(WebElement form, Map<String, ?> fields) {
        fields.each { name, value -> type(form.findElement(By.name(name)), value) }
    }

    /** Fills the fields whose ids are {@code prefix} + name. */
    protected void fillIds(String prefix, Map<String, ?> fields) {
        fields.each { name, value -> type(driver.findElement(By.id(prefix + name)), value) }
    }

    /**
     * Downloads a link with the browser's own session, as a person's click would (a report, a record's
     * document); answers "status content-type bytes".
     */
    String download(String href) {
        ((JavascriptExecutor) driver).executeAsyncScript('''
            const done = arguments[arguments.length - 1];
            fetch(arguments[0], {credentials: 'same-origin'})
              .then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('content-type') + ' ' + b.byteLength)))
              .catch(e => done('error ' + e));''', href) as String
    }

    /** How far the page is wider than the window (0 when there is nothing to scroll sideways). */
    long horizontalOverflow() {
        ((JavascriptExecutor) driver).executeScript(
                'return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - document.documentElement.clientWidth') as long
    }

    /** The elements wider than the window, for the failure message. */
    List<String> tooWide() {
        ((JavascriptExecutor) driver).executeScript('''
            const w = document.documentElement.clientWidth;
            return Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > w + 1)
                .slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className);''') as List<String>
    }
}
