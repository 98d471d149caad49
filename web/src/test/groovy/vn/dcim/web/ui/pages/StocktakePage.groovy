package vn.dcim.web.ui.pages

import org.openqa.selenium.By
import org.openqa.selenium.WebDriver
import org.openqa.selenium.support.ui.ExpectedConditions
import org.openqa.selenium.support.ui.WebDriverWait

import java.time.Duration

/** The stock-take list with its open form, and the crew's phone page of one stock-take (issue 37 §3). */
class StocktakePage {
    final WebDriver driver
    final String baseUrl

    StocktakePage(WebDriver driver, Object baseUrl) {
        this.driver = driver
        this.baseUrl = baseUrl.toString()
    }

    private WebDriverWait waiting() { new WebDriverWait(driver, Duration.ofSeconds(10)) }

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
    List<String> progress(Object roomId, int found) {
        waiting().until { driver.findElement(By.cssSelector("#st-room-$roomId td.found")).text == found.toString() }
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

    /** How far the page is wider than the window (0 when there is nothing to scroll sideways). */
    long horizontalOverflow() {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                'return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - document.documentElement.clientWidth') as long
    }

    /** The elements wider than the window, for the failure message. */
    List<String> tooWide() {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript('''
            const w = document.documentElement.clientWidth;
            return Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > w + 1)
                .slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className);''') as List<String>
    }
}
