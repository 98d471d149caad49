package vn.dcim.web.ui.pages

import groovy.transform.InheritConstructors
import org.openqa.selenium.By
import org.openqa.selenium.support.ui.ExpectedConditions
import org.openqa.selenium.support.ui.WebDriverWait

import java.time.Duration

/** Monitoring set-up: the device list and its form with the "test" button. */
@InheritConstructors
class MonitoringPage extends ScreenPage {
    MonitoringPage open() {
        visit('/ui/monitoring', 'monitored', 10)
        this
    }

    /** Types into the fields named (id, name, host, port, community, intervalS ...) and chooses in the selects. */
    MonitoringPage fill(Map<String, Object> fields) {
        fillIds('f-', fields)
        this
    }

    /** Presses "test" and waits for the outcome: ok, a failure kind (silent_agent ...) or refused. */
    String test() {
        driver.findElement(By.id('test-device')).click()
        waitFor(40) { driver.findElement(By.id('test-result')).getAttribute('data-outcome') }
    }

    String scanSummary() { driver.findElement(By.id('scan-summary')).text }

    String testSummary() { driver.findElement(By.id('test-summary')).text }

    String detectedProfiles() { driver.findElement(By.id('test-profiles')).text }

    /** What the test's table says of a metric: its name, the agent's index, its value (the first row of it). */
    List<String> testedRow(String metric) {
        driver.findElements(By.cssSelector("#test-values tbody tr[data-metric='${metric}'] td"))*.text
    }

    List<String> testedMetrics() { driver.findElements(By.cssSelector('#test-values tbody tr'))*.getAttribute('data-metric') }

    /** Saves; waits for the list to show the device (the page reloads) and returns this page. */
    MonitoringPage save(String expectId) {
        def old = driver.findElement(By.id('heading'))
        driver.findElement(By.id('save-device')).click()
        Browser.waitUntilGone(driver, old)
        waitFor(15) { !driver.findElements(By.id('mon-' + expectId)).isEmpty() }
        this
    }

    /** Saves and waits for the refusal under the form. */
    String saveRefused() {
        submitRefused('save-device', 'device-errors', 10)
    }

    MonitoringPage edit(String id) {
        driver.findElement(By.cssSelector(".edit-device[data-id='${id}']")).click()
        waitFor(10) { driver.findElement(By.id('f-id')).getAttribute('value') == id }
        this
    }

    String field(String name) { driver.findElement(By.id('f-' + name)).getAttribute('value') }

    String secretNote() { driver.findElement(By.id('secret-note')).text }

    String row(String id) { driver.findElement(By.id('mon-' + id)).text }

    /** Scans a range with a community; returns the rows of the agents that answered. */
    List<String> scan(String cidr, String community, int port) {
        ['s-cidr': cidr, 's-community': community].each { id, value ->
            def e = driver.findElement(By.id(id))
            e.clear()
            e.sendKeys(value)
            assert e.getAttribute('value') == value
        }
        def p = driver.findElement(By.id('s-port'))
        p.clear()
        p.sendKeys(port.toString())
        assert p.getAttribute('value') == port.toString()
        driver.findElement(By.id('scan-run')).click()
        waitFor(30) { driver.findElement(By.id('scan-summary')).getAttribute('class').contains('ok') }
        driver.findElements(By.cssSelector('#scan-results tbody tr'))*.text
    }
}
