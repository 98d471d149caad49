package vn.dcim.web.ui.pages

import groovy.transform.InheritConstructors
import org.openqa.selenium.By
import org.openqa.selenium.support.ui.Select

import java.nio.file.Path

/** The records register screen (Art. 12.1): records by type, a form that adds one with its document. */
@InheritConstructors
class RecordsPage extends ScreenPage {
    RecordsPage open(String type = null) {
        visit('/ui/records' + (type ? "?type=$type" : ''), 'records')
        this
    }

    String heading() {
        driver.findElement(By.id('heading')).text
    }

    /** The titles listed now. */
    List<String> titles() {
        driver.findElements(By.cssSelector('#records tr.record td.title'))*.text
    }

    String typeOf(String title) {
        row(title).findElement(By.cssSelector('td.type')).text
    }

    /** The document link of a record: [name, href], or null. */
    List<String> document(String title) {
        def links = row(title).findElements(By.cssSelector('td.document a'))
        links ? [links[0].text, links[0].getAttribute('href')] : null
    }

    /** Keeps one record type through the screen's filter. */
    RecordsPage showType(String type) {
        new Select(driver.findElement(By.id('q-type'))).selectByValue(type)
        driver.findElement(By.id('type-show')).click()
        waitFor(20) { driver.currentUrl.contains("type=$type") && !driver.findElements(By.id('records')).isEmpty() }
        this
    }

    /** Fills the form and saves; {@code file} is uploaded first. Waits for the list or for the refusal. */
    RecordsPage add(Map r, Path file) {
        new Select(driver.findElement(By.id('rec-recordType'))).selectByValue(r.recordType)
        field('title').sendKeys(r.title)
        type(field('periodFrom'), r.periodFrom)
        field('storedAt').sendKeys(r.storedAt)
        field('responsible').sendKeys(r.responsible)
        if (file != null) {
            field('file').sendKeys(file.toAbsolutePath().toString())
        }
        String before = driver.currentUrl
        driver.findElement(By.id('save-record')).click()
        waitFor(20) {
            (driver.currentUrl != before && !driver.findElements(By.id('records')).isEmpty() && titles().contains(r.title)) || error()
        }
        this
    }

    String error() {
        driver.findElements(By.id('record-errors')).collect { it.text }.find { it } ?: ''
    }

    private def row(String title) {
        driver.findElements(By.cssSelector('#records tr.record')).find { it.findElement(By.cssSelector('td.title')).text == title }
    }

    private def field(String name) {
        driver.findElement(By.id("rec-$name"))
    }
}
