package vn.dcim.web.ui.pages

import groovy.transform.InheritConstructors
import org.openqa.selenium.By
import org.openqa.selenium.WebElement
import org.openqa.selenium.support.ui.Select

/** "Dạy thiết bị" (/ui/teach): a captured message as a tree of values, picked, named with metrics, previewed and saved. */
@InheritConstructors
class TeachPage extends ScreenPage {
    /** From the discovery inbox: the row of {@code source}, its "Dạy thiết bị" link, until the teach form is open. */
    TeachPage teachFromInbox(String source) {
        waitFor(30) {
            driver.get(baseUrl + '/ui/sources')
            driver.findElements(By.cssSelector('#sources tbody tr[data-source]')).find { it.getAttribute('data-source') == source }
        }.findElement(By.cssSelector('a.teach')).click()
        waitFor(20) { !driver.findElements(By.id('teach-form')).isEmpty() }
        this
    }

    /** From the list screen: a message of a device the bridge does not hear yet, pasted with its topic. */
    TeachPage teachPasted(String topic, String payload) {
        visit('/ui/teach', 'paste-form')
        type(driver.findElement(By.id('paste-topic')), topic)
        type(driver.findElement(By.id('paste-payload')), payload)
        driver.findElement(By.id('paste-open')).click()
        waitFor(20) { !driver.findElements(By.id('teach-form')).isEmpty() }
        this
    }

    /** Save without binding; waits for the list screen saying it is taught (or the refusal). */
    TeachPage save() {
        driver.findElement(By.id('t-save')).click()
        waitFor(30) { !driver.findElements(By.id('teach-taught')).isEmpty() || !driver.findElements(By.id('teach-error')).isEmpty() }
        this
    }

    /** The paths of the message's values, as the tree lists them. */
    List<String> paths() {
        driver.findElements(By.cssSelector('#tree tbody tr[data-path]'))*.getAttribute('data-path')
    }

    /** The message's values as the tree shows them: path → value. */
    Map<String, String> values() {
        driver.findElements(By.cssSelector('#tree tbody tr[data-path]')).collectEntries {
            [(it.getAttribute('data-path')): it.findElement(By.cssSelector('code.value')).text]
        }
    }

    /** The metric offered for the value at {@code path} before anyone chose one. */
    String offeredMetric(String path) {
        new Select(row(path).findElement(By.cssSelector('select.metric'))).firstSelectedOption.getAttribute('value')
    }

    /** Ticks the value; a metric and a scale only when they are to differ from what is offered. */
    TeachPage pick(String path, String metric = null, Object scale = null) {
        WebElement r = row(path)
        r.findElement(By.cssSelector('input.pick')).click()
        if (metric != null) {
            new Select(r.findElement(By.cssSelector('select.metric'))).selectByValue(metric)
        }
        if (scale != null) {
            type(r.findElement(By.cssSelector('input.scale')), scale)
        }
        this
    }

    TeachPage name(String name) {
        type(driver.findElement(By.id('t-name')), name)
        this
    }

    /** Presses Preview and waits for the readings (or the refusal). */
    TeachPage preview() {
        driver.findElement(By.id('t-preview')).click()
        waitFor(20) { !driver.findElements(By.id('teach-preview')).isEmpty() || !driver.findElements(By.id('teach-error')).isEmpty() }
        this
    }

    /** The readings the preview shows: metric → "value unit". */
    Map<String, String> readings() {
        driver.findElements(By.cssSelector('#readings tbody tr')).collectEntries {
            [(it.getAttribute('data-metric')): it.findElement(By.cssSelector('td.reading')).text]
        }
    }

    String filter() { text('p-filter') }

    String error() { driver.findElements(By.id('teach-error'))*.text.join('') }

    /** Chooses the site to bind the device to, then Save; waits for the list screen saying it is taught (or the refusal). */
    TeachPage saveBoundTo(String siteName) {
        new Select(driver.findElement(By.id('t-siteId'))).selectByVisibleText(siteName)
        driver.findElement(By.id('t-save')).click()
        waitFor(30) { !driver.findElements(By.id('teach-taught')).isEmpty() || !driver.findElements(By.id('teach-error')).isEmpty() }
        this
    }

    boolean taught() { !driver.findElements(By.id('teach-taught')).isEmpty() }

    /** The centre's dialects as the list screen shows them: name → its state. */
    Map<String, String> ownDialects() {
        driver.findElements(By.cssSelector('#own-dialects tbody tr[data-dialect]')).collectEntries {
            [(it.getAttribute('data-dialect')): it.findElements(By.tagName('td'))[2].text]
        }
    }

    private WebElement row(String path) {
        driver.findElements(By.cssSelector('#tree tbody tr[data-path]')).find { it.getAttribute('data-path') == path }
    }
}
