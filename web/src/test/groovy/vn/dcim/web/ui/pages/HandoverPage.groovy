package vn.dcim.web.ui.pages

import groovy.transform.InheritConstructors
import org.openqa.selenium.By

/** The shift handover screen (QĐ 11/2023 Art. 12.1i): my pre-filled draft with notes; the drafts of others to accept. */
@InheritConstructors
class HandoverPage extends ScreenPage {
    HandoverPage open() {
        visit("/ui/handover", 'open-handover', 20)
        this
    }

    String heading() {
        driver.findElement(By.id('heading')).text
    }

    /** Opens (or refreshes) the signed-in operator's draft. */
    HandoverPage openHandover() {
        driver.findElement(By.id('open-handover')).click()
        waitFor(20) { !it.findElements(By.id('draft')).isEmpty() }
        this
    }

    /** The headings of my draft's parts, e.g. "Cảnh báo còn mở (1)". */
    List<String> draftParts() {
        driver.findElements(By.cssSelector('#draft h3'))*.text
    }

    /** The rows of one part of my draft (openAlarms, events ...), each as its reference and what it says. */
    List<List<String>> draftRows(String part) {
        driver.findElements(By.cssSelector("#draft table.part-${part} tbody tr")).collect { row ->
            row.findElements(By.tagName('td')).drop(1)*.text
        }
    }

    String shiftSpan() {
        driver.findElement(By.cssSelector('#draft .shift-span')).text
    }

    HandoverPage writeNotes(String notes) {
        def area = driver.findElement(By.id('notes'))
        area.clear()
        area.sendKeys(notes)
        driver.findElement(By.id('save-notes')).click()
        waitFor(20) { it.currentUrl.contains('saved=') }
        this
    }

    String notes() {
        driver.findElement(By.id('notes')).getAttribute('value')
    }

    /** The handovers waiting for me: their headings. */
    List<String> waiting() {
        driver.findElements(By.cssSelector('.waiting h3:first-child'))*.text
    }

    String waitingNotes(long id) {
        driver.findElement(By.cssSelector("#waiting-$id .notes")).text
    }

    HandoverPage accept(long id) {
        driver.findElement(By.id("accept-$id")).click()
        waitFor(20) { !it.findElements(By.id('accepted-note')).isEmpty() }
        this
    }

    String acceptedNote() {
        driver.findElement(By.id('accepted-note')).text
    }

    /** The id of my draft, from its notes form. */
    long draftId() {
        (driver.findElement(By.id('notes-form')).getAttribute('action') =~ /\/ui\/handover\/(\d+)\/notes/)[0][1] as long
    }
}
