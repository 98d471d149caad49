package vn.dcim.web.ui.pages

import groovy.transform.InheritConstructors
import org.openqa.selenium.By
import org.openqa.selenium.WebDriverException
import org.openqa.selenium.support.ui.ExpectedConditions
import org.openqa.selenium.support.ui.Select
import org.openqa.selenium.support.ui.WebDriverWait

import java.time.Duration

/** The operations screens: access log, ISP links, refused MQTT messages, recipients, a new incident. */
@InheritConstructors
class OperationsPages extends ScreenPage {
    OperationsPages open(String path) {
        visit(path, 'heading', 10)
        this
    }

    String heading() { driver.findElement(By.id('heading')).text }

    List<String> rows(String tableId) { driver.findElements(By.cssSelector("#${tableId} tbody tr"))*.text }

    /** Fills a filter form's fields (by element id) and submits it with its button; waits for the new page. */
    OperationsPages filter(Map<String, String> fields, String button) {
        fillIds('', fields)
        def old = driver.findElement(By.id('heading'))
        driver.findElement(By.id(button)).click()
        // the old page is gone when its heading no longer answers; Chromium sometimes says so with "Node with
        // given id does not belong to the document" instead of a stale-element error
        Browser.waiting(driver, 30).until {
            try {
                old.isEnabled()
                false
            } catch (org.openqa.selenium.WebDriverException ignored) {
                true
            }
        }
        Browser.waiting(driver, 30).until(ExpectedConditions.presenceOfElementLocated(By.id('heading')))
        this
    }

    // --- recipients ---

    OperationsPages recipient(Map<String, Object> fields) {
        fillIds('r-', fields)
        this
    }

    /** Saves the recipient form; waits for the page to reload with a row holding {@code expect}. */
    OperationsPages saveRecipient(String expect) {
        driver.findElement(By.id('save-recipient')).click()
        waitFor(15) { rows('recipients').any { it.contains(expect) } }
        this
    }

    /** Saves the recipient form; waits for the page to reload with rows for which {@code until} holds. */
    OperationsPages saveRecipient(Closure<Boolean> until) {
        driver.findElement(By.id('save-recipient')).click()
        waitFor(15) { until(rows('recipients')) }
        this
    }

    String recipientRefused() {
        submitRefused('save-recipient', 'recipient-errors', 15)
    }

    /** The centre the recipient form holds ('' for the whole province). */
    String recipientCentre() {
        driver.findElement(By.id('r-centreId')).getAttribute('value')
    }

    OperationsPages editRecipient(String name) {
        driver.findElement(By.cssSelector(".edit-recipient[data-name='${name}']")).click()
        this
    }

    OperationsPages deleteRecipient(String name) {
        editRecipient(name)
        driver.findElement(By.id('delete-recipient')).click()
        driver.switchTo().alert().accept()
        waitFor(15) { !rows('recipients').any { it.contains(name) } }
        this
    }

    // --- a new incident ---

    /** Opens an incident through the form; returns the incident page's address it lands on. */
    String openIncident(String title, String siteId, String level) {
        driver.findElement(By.id('i-title')).sendKeys(title)
        new Select(driver.findElement(By.id('i-siteId'))).selectByValue(siteId)
        new Select(driver.findElement(By.id('i-level'))).selectByValue(level)
        driver.findElement(By.id('open-incident')).click()
        waitFor(15) { driver.currentUrl ==~ /.*\/ui\/incidents\/\d+$/ || !driver.findElement(By.id('incident-errors')).text.isEmpty() }
        driver.currentUrl ==~ /.*\/ui\/incidents\/\d+$/ ? driver.currentUrl : 'refused: ' + driver.findElement(By.id('incident-errors')).text
    }
}
