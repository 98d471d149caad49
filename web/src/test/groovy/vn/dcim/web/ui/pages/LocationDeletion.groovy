package vn.dcim.web.ui.pages

import groovy.transform.InheritConstructors
import org.openqa.selenium.By
import org.openqa.selenium.WebDriverException
import org.openqa.selenium.support.ui.ExpectedConditions
import org.openqa.selenium.support.ui.WebDriverWait

import java.time.Duration

/** The delete buttons of the site list, the room page and the rack page: asked once, then done or refused with the reason. */
@InheritConstructors
class LocationDeletion extends ScreenPage {
    /** Opens a screen ("/ui/racks/7") and waits for it. */
    LocationDeletion open(String path) {
        visit(path, 'heading', 10)
        this
    }

    /** Clicks the delete button of the form with this id and accepts the question; returns the question asked. */
    String delete(String formId) {
        driver.findElement(By.cssSelector("#${formId} button[type=submit]")).click()
        def alert = Browser.waiting(driver, 5).until(ExpectedConditions.alertIsPresent())
        String asked = alert.text
        alert.accept()
        asked
    }

    /** Deletes and waits until the browser left this page (to the list, the room, or the same list reloaded). */
    void deleteAndLeave(String formId) {
        def form = driver.findElement(By.id(formId))
        delete(formId)
        // the page is left once the old form is gone: Chromium says so as a stale element or, mid-navigation,
        // as "node does not belong to the document"; both mean gone (a CI run met the second)
        Browser.waiting(driver, 30).until { d ->
            try {
                form.isEnabled()
                false
            } catch (WebDriverException gone) {
                true
            }
        }
        Browser.waiting(driver, 30).until(ExpectedConditions.presenceOfElementLocated(By.id('heading')))
    }

    /** The reason shown under the button of a refused deletion. */
    String refusal(String formId) {
        String text = ''
        Browser.waiting(driver, 10).until { d ->
            try {
                text = d.findElement(By.cssSelector("#${formId} .result")).text
                !text.isEmpty()
            } catch (WebDriverException ignored) {
                false
            }
        }
        text
    }

    /** Waits until the browser went on to {@code path} after a deletion. */
    void waitForPath(String path) {
        Browser.waiting(driver, 10).until { d -> new URL(d.currentUrl).path == path }
    }
}
