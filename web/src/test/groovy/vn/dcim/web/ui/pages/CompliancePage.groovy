package vn.dcim.web.ui.pages

import org.openqa.selenium.WebDriver
import org.openqa.selenium.By
import org.openqa.selenium.JavascriptExecutor

/** The compliance screen: every requirement with its state, since when and its evidence links (issue 22). */
class CompliancePage extends ScreenPage {
    CompliancePage(WebDriver driver, Object baseUrl) {
        super(driver, baseUrl)
    }

    CompliancePage open() {
        visit('/ui/compliance', 'compliance')
        this
    }

    List<String> ids() {
        driver.findElements(By.cssSelector('#compliance tbody tr'))*.getAttribute('data-id')
    }

    String state(String id) {
        driver.findElement(By.cssSelector("#compliance tr[data-id='${id}'] td.state")).text
    }

    /** What the rows show a reader in their state, kind and evidence columns (summary and evidence labels), one text per row. */
    Map<String, String> shownTexts() {
        driver.findElements(By.cssSelector('#compliance tbody tr')).collectEntries { row ->
            [(row.getAttribute('data-id')): row.findElements(By.cssSelector('td:nth-child(4), td.state, td.evidence'))*.text.join(' ')]
        }
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

    /** Downloads a link with the browser's own session; answers "status content-type bytes". */
    String download(String href) {
        ((JavascriptExecutor) driver).executeAsyncScript('''
            const done = arguments[arguments.length - 1];
            fetch(arguments[0], {credentials: 'same-origin'})
              .then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('content-type') + ' ' + b.byteLength)))
              .catch(e => done('error ' + e));''', href) as String
    }
}
