package vn.dcim.web.ui.pages

import groovy.transform.InheritConstructors
import org.openqa.selenium.WebDriver
import org.openqa.selenium.By
import org.openqa.selenium.JavascriptExecutor

/** The compliance screen: every requirement with its state, since when and its evidence links. */
@InheritConstructors
class CompliancePage extends ScreenPage {
    CompliancePage open() {
        visit('/ui/compliance', 'compliance')
        this
    }

    /**
     * The rows' ids. Read in one script: asked element by element, the 176 rows cost a WebDriver round trip
     * each, seconds a call.
     */
    List<String> ids() {
        ((JavascriptExecutor) driver).executeScript(
                'return Array.from(document.querySelectorAll("#compliance tbody tr"), r => r.getAttribute("data-id"))') as List<String>
    }

    String state(String id) {
        driver.findElement(By.cssSelector("#compliance tr[data-id='${id}'] td.state")).text
    }

    /** What the rows show a reader in their state, kind and evidence columns (summary and evidence labels), one text per row. */
    Map<String, String> shownTexts() {
        // the rendered text (innerText: what is hidden is not read), in one script for all the rows, as ids()
        ((JavascriptExecutor) driver).executeScript('''
            return Object.fromEntries(Array.from(document.querySelectorAll('#compliance tbody tr'), r =>
                [r.getAttribute('data-id'),
                 Array.from(r.querySelectorAll('td:nth-child(4), td.state, td.evidence'), c => c.innerText.trim()).join(' ')]));''') as Map<String, String>
    }

    String summary(String id) {
        driver.findElement(By.cssSelector("#compliance tr[data-id='${id}'] td.evidence span.summary")).text
    }

    String since(String id) {
        driver.findElement(By.cssSelector("#compliance tr[data-id='${id}'] td.since")).text
    }

    List<String> evidence(String id) {
        driver.findElements(By.cssSelector("#compliance tr[data-id='${id}'] a.evidence-link"))*.getAttribute('href')
    }

    /** Follows the first evidence link of a row and waits for the page it leads to. */
    void followEvidence(String id) {
        driver.findElement(By.cssSelector("#compliance tr[data-id='${id}'] a.evidence-link")).click()
        waitFor(15) { !driver.currentUrl.contains('/ui/compliance') && !driver.findElements(By.tagName('h1')).isEmpty() }
    }

    /** Attests a requirement through the screen's form; waits for the page to reload with the new state. */
    CompliancePage attest(String id, String note, java.nio.file.Path document = null) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id('attest-id'))).selectByValue(id)
        driver.findElement(By.id('attest-note')).sendKeys(note)
        if (document != null) {
            driver.findElement(By.id('attest-file')).sendKeys(document.toAbsolutePath().toString())
        }
        driver.findElement(By.id('attest-submit')).click()
        waitFor(15) { driver.findElement(By.cssSelector("#compliance tr[data-id='${id}']")).getAttribute('class').contains('state-attested') }
        this
    }

    String reportHref(String format) {
        driver.findElement(By.id("report-${format}")).getAttribute('href')
    }
}
