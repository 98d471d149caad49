package vn.dcim.web.ui.pages

import groovy.transform.InheritConstructors
import org.openqa.selenium.By
import org.openqa.selenium.support.ui.Select

/** The MQTT devices' credentials screen (reached from the administration page): list, issue, withdraw. */
@InheritConstructors
class MqttCredentialsPage extends ScreenPage {
    /** Through the administration page's link, as a person finds it. */
    MqttCredentialsPage openFromAdmin() {
        follow('/ui/admin', 'link-mqtt-credentials', '/ui/mqtt-credentials')
        this
    }

    MqttCredentialsPage open() {
        driver.get(baseUrl + '/ui/mqtt-credentials')
        this
    }

    boolean hasForm() {
        !driver.findElements(By.id('credential-form')).isEmpty()
    }

    /** Issues one; the password the page shows this once. */
    String issue(String username, String note) {
        submit(username, note)
        waitFor(30) { driver.findElement(By.id('issued-password')).text ?: null }
    }

    /** Fills and sends the form, waiting for nothing (a refusal is read with {@link #error}). */
    MqttCredentialsPage submit(String username, String note) {
        driver.findElement(By.id('c-username')).sendKeys(username)
        driver.findElement(By.id('c-note')).sendKeys(note)
        driver.findElement(By.id('issue-credential')).click()
        this
    }

    /** Issues a vendor device's credential for its monitored device, limited to its dialect's topics; the password shown once. */
    String issueFor(String username, String deviceId, String dialect) {
        driver.findElement(By.id('c-deviceId')).sendKeys(deviceId)
        new Select(driver.findElement(By.id('c-dialect'))).selectByValue(dialect)
        issue(username, '')
    }

    /** The topic scope, device and dialect the list shows for a credential. */
    List<String> row(String username) {
        driver.findElement(By.id('mq-' + username)).findElements(By.tagName('td')).take(4)*.text
    }

    String error() {
        waitFor(30) { driver.findElement(By.id('credential-errors')).text ?: null }
    }

    List<String> usernames() {
        driver.findElements(By.cssSelector('#mqtt-credentials tbody td.username'))*.text
    }

    MqttCredentialsPage revoke(String username) {
        driver.findElement(By.cssSelector("button.revoke-credential[data-username='${username}']")).click()
        driver.switchTo().alert().accept()
        waitFor(30) { !usernames().contains(username) }
        this
    }

    String text() {
        driver.findElement(By.tagName('body')).text
    }
}
