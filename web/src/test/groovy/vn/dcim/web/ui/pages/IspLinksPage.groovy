package vn.dcim.web.ui.pages

import groovy.transform.InheritConstructors
import org.openqa.selenium.By
import org.openqa.selenium.support.ui.ExpectedConditions
import org.openqa.selenium.support.ui.WebDriverWait

import java.time.Duration

/** The ISP links screen: the list, the form that registers a link and the form that changes one. */
@InheritConstructors
class IspLinksPage extends ScreenPage {
    IspLinksPage open() {
        visit('/ui/isp-links', 'heading', 10)
        this
    }

    List<String> rows() { driver.findElements(By.cssSelector('#isp-links tbody tr'))*.text }

    /** Opens the new-link form and fills it: field name → value (siteId is chosen from the list). */
    IspLinksPage fillNew(Map<String, String> fields) {
        def box = driver.findElement(By.id('new-link-box'))
        if (box.getAttribute('open') == null) {
            box.findElement(By.tagName('summary')).click()
        }
        fillNames(driver.findElement(By.id('new-link')), fields)
        this
    }

    /** Opens the change form of the link whose row shows {@code provider}, and fills it. */
    IspLinksPage fillEdit(long linkId, Map<String, String> fields) {
        def row = driver.findElement(By.id("link-$linkId"))
        row.findElement(By.cssSelector('details.edit-link summary')).click()
        fillNames(row.findElement(By.cssSelector('form.isp-link-form')), fields)
        this
    }

    /** Saves the form; waits until the page reloaded and a row shows {@code expect}. */
    IspLinksPage save(String formSelector, String expect) {
        def old = driver.findElement(By.id('heading'))
        driver.findElement(By.cssSelector(formSelector + ' button[type=submit]')).click()
        Browser.waitUntilGone(driver, old)
        waitFor(15) { rows().any { it.contains(expect) } }
        this
    }

    /** Saves the form expecting a refusal: the reason shown in the form. */
    String refused(String formSelector) {
        driver.findElement(By.cssSelector(formSelector + ' button[type=submit]')).click()
        waitFor(15) { driver.findElement(By.cssSelector(formSelector + ' .result')).text }
    }
}
