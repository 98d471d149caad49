package vn.dcim.web.ui.pages

import groovy.transform.InheritConstructors
import org.openqa.selenium.By
import org.openqa.selenium.WebElement

/** The crew's work-order screen: one card an order, its readings form, and the button to the next step. */
@InheritConstructors
class WorkOrdersPage extends ScreenPage {
    WorkOrdersPage open() {
        driver.get(baseUrl + '/ui/workorders')
        this
    }

    /** The order's status as a stable value (data-status), whatever the language shows. */
    String status(long id) {
        waitFor(30) { card(id).findElement(By.className('wo-status')).getAttribute('data-status') }
    }

    String statusText(long id) {
        waitFor(30) { card(id).findElement(By.className('wo-status')).text }
    }

    /** The list filtered: "open", "done" (history, signed off included) or "all"; for one piece of equipment if given. */
    WorkOrdersPage open(String state, Long asset = null) {
        driver.get(baseUrl + '/ui/workorders?state=' + state + (asset == null ? '' : '&asset=' + asset))
        this
    }

    /**
     * A supervisor's new order through the form: target is "device:ID" or "rack:ID"; the id of the
     * order the screen comes back at (its address ends in #wo-ID), or null when refused.
     */
    Long create(String title, String kind, String target, String dueDate, String crew) {
        driver.findElement(By.cssSelector('#wo-new summary')).click()
        driver.findElement(By.id('wo-new-title')).sendKeys(title)
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id('wo-new-kind'))).selectByValue(kind)
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id('wo-new-target'))).selectByValue(target)
        def due = driver.findElement(By.id('wo-new-due'))
        // a date input takes the date as the browser's locale types it: set it through the page instead
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript('arguments[0].value = arguments[1]', due, dueDate)
        driver.findElement(By.id('wo-new-crew')).sendKeys(crew)
        driver.findElement(By.id('wo-new-save')).click()
        waitFor(30) { driver.currentUrl.contains('#wo-') }
        String url = driver.currentUrl
        url.contains('refused=') ? null : Long.valueOf(url.substring(url.lastIndexOf('#wo-') + 4))
    }

    /** The words under the order's title: its kind, device and who made it (orders made by hand). */
    String kindLine(long id) {
        waitFor(30) { card(id).findElement(By.className('wo-kind')).text }
    }

    boolean shown(long id) {
        !driver.findElements(By.id("wo-${id}")).isEmpty()
    }

    /** The pre-filled value of a metric on the order's readings form. */
    String reading(long id, String metric) {
        waitFor(30) { field(id, metric).getAttribute('value') }
    }

    /** What the form says about when the metric was read (or that it must be read again). */
    String readAt(long id, String metric) {
        waitFor(30) { field(id, metric).findElement(By.xpath('ancestor::label')).findElement(By.className('read-at')).text }
    }

    WorkOrdersPage enter(long id, String metric, String value) {
        waitFor(30) {
            def f = field(id, metric)
            f.clear()
            f.sendKeys(value)
            true
        }
        this
    }

    WorkOrdersPage notes(long id, String text) {
        waitFor(30) { card(id).findElement(By.name('notes')).sendKeys(text); true }
        this
    }

    /** Taps the card's button and waits for the screen to come back (a new status or a refusal). */
    WorkOrdersPage next(long id) {
        String before = status(id)
        // a click retried after an error may find that the first one went through: the screen has moved on
        waitFor(30) { moved(id, before) || { card(id).findElement(By.className('wo-next')).click(); true }() }
        waitFor(30) { moved(id, before) }
        this
    }

    /** The order left the list, changed status, or the screen says why it did not. */
    private boolean moved(long id, String before) {
        def cards = driver.findElements(By.id("wo-${id}"))
        cards.isEmpty() || cards[0].findElement(By.className('wo-status')).getAttribute('data-status') != before || refusal() != null
    }

    String refusal() {
        driver.findElements(By.id('wo-refused')).with { it ? it[0].text : null }
    }

    List<String> readingRows(long id) {
        waitFor(30) { card(id).findElements(By.cssSelector('.wo-readings tbody tr'))*.text }
    }

    private WebElement card(long id) {
        driver.findElement(By.id("wo-${id}"))
    }

    private WebElement field(long id, String metric) {
        card(id).findElement(By.cssSelector("input[data-metric='${metric}']"))
    }

    /** The word chosen for a state metric on the order's readings form (a state is offered as words, not a number). */
    String choice(long id, String metric) {
        waitFor(30) { new org.openqa.selenium.support.ui.Select(field(id, metric, 'select')).firstSelectedOption.text }
    }

    /** Chooses the word of a state metric on the order's readings form. */
    WorkOrdersPage choose(long id, String metric, String word) {
        waitFor(30) { new org.openqa.selenium.support.ui.Select(field(id, metric, 'select')).selectByVisibleText(word); true }
        this
    }

    /** The technician's note as the card shows it to the one who signs the order off. */
    String note(long id) {
        waitFor(30) { card(id).findElements(By.className('wo-note-text')).with { it ? it[0].text : null } }
    }

    /** The whole card's text, as a person reads it. */
    String cardText(long id) {
        waitFor(30) { card(id).text }
    }

    private WebElement field(long id, String metric, String tag) {
        card(id).findElement(By.cssSelector("${tag}[data-metric='${metric}']"))
    }
}
