package vn.dcim.web.ui.pages

import groovy.transform.InheritConstructors
import org.openqa.selenium.By
import org.openqa.selenium.support.ui.Select

/** The register of centres (/ui/centres) and a centre's page: its sites, the regulation it follows and its switches. */
@InheritConstructors
class CentresPage extends ScreenPage {
    CentresPage open() {
        visit('/ui/centres', 'centres')
        this
    }

    /** Each centre as its row reads: code, name and the regulation it follows. */
    List<Map> centres() {
        driver.findElements(By.cssSelector('#centres tr.centre-row')).collect { tr ->
            [code: tr.findElement(By.className('centre-link')).text, name: tr.findElement(By.className('centre-name')).text,
             profile: tr.findElement(By.className('centre-profile')).text]
        }
    }

    /** Adds a centre with the form, choosing its regulation by the name the list shows; lands on the centre's page. */
    CentresPage add(String code, String name, String province, String profileName) {
        def details = driver.findElement(By.id('centre-new'))
        if (details.getAttribute('open') == null) {
            details.findElement(By.tagName('summary')).click()
        }
        driver.findElement(By.id('centre-code')).sendKeys(code)
        driver.findElement(By.id('centre-name')).sendKeys(name)
        driver.findElement(By.id('centre-province')).sendKeys(province)
        new Select(driver.findElement(By.id('centre-profile'))).selectByVisibleText(profileName)
        submit('centre-save')
        waitFor(20) { !it.findElements(By.id('centre-facts')).isEmpty() }
        this
    }

    /** Gives the centre a site, chosen by its id among those the list offers. */
    CentresPage assign(String siteId) {
        new Select(driver.findElement(By.id('assign-site'))).selectByValue(siteId)
        submit('assign-save')
        waitFor(20) { !it.findElements(By.cssSelector("tr.centre-site[data-site='${siteId}']")).isEmpty() }
        this
    }

    /** Switches the centre's regulation with the decision that says so. */
    CentresPage switchTo(String profileName, String reason) {
        new Select(driver.findElement(By.id('switch-profile'))).selectByVisibleText(profileName)
        driver.findElement(By.id('switch-reason')).sendKeys(reason)
        submit('switch-save')
        waitFor(20) { driver.findElement(By.id('profile-name')).text == profileName }
        this
    }

    String profileName() { text('profile-name') }

    String profileIssued() { text('profile-issued') }

    /** The switches, newest first: [from, to]. */
    List<List<String>> switches() {
        driver.findElements(By.cssSelector('#switch-list tr.profile-switch')).collect { tr ->
            [tr.findElement(By.className('switch-from')).text, tr.findElement(By.className('switch-to')).text]
        }
    }

    /** The regulations named by the history of one requirement at this centre, newest first. */
    List<String> historyOf(String requirementId) {
        driver.findElements(By.cssSelector("#change-list tr.requirement-change[data-id='${requirementId}']"))
                .collect { it.findElement(By.className('change-profile')).text }
    }

    boolean offersForms() {
        !driver.findElements(By.id('centre-switch')).isEmpty() || !driver.findElements(By.id('centre-new-form')).isEmpty()
    }

    private void submit(String buttonId) {
        def button = driver.findElement(By.id(buttonId))
        button.click()
        // the answer is a new page: the old button goes
        Browser.waitUntilGone(driver, button)
    }
}
