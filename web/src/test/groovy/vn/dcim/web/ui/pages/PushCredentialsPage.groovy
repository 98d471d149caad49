package vn.dcim.web.ui.pages

import groovy.transform.InheritConstructors
import org.openqa.selenium.By
import org.openqa.selenium.support.ui.Select

/** The devices' HTTP push credentials screen (reached from the administration page): list, issue, withdraw. */
@InheritConstructors
class PushCredentialsPage extends ScreenPage {
    /** Through the administration page's link, as a person finds it. */
    PushCredentialsPage openFromAdmin() {
        follow('/ui/admin', 'link-push-credentials', '/ui/push-credentials')
        this
    }

    /** The list of one device's credentials. */
    PushCredentialsPage open(String device) {
        driver.get(baseUrl + '/ui/push-credentials?device=' + URLEncoder.encode(device, 'UTF-8'))
        this
    }

    /** What the page shows once a credential is issued: the token and addresses for Hikvision, the server for ZKTeco. */
    static class Issued {
        String token, url, authUrl, user, server, serial
    }

    /** Fills and sends the form (allowed addresses comma separated), and reads what the page shows this once. */
    Issued issue(String device, String dialect, String serial, String allowedFrom, String note) {
        new Select(driver.findElement(By.id('p-deviceId'))).selectByValue(device)
        new Select(driver.findElement(By.id('p-dialect'))).selectByValue(dialect)
        [serial: serial, allowedFrom: allowedFrom, note: note].each { k, v ->
            def field = driver.findElement(By.id('p-' + k))
            field.clear()
            if (v) {
                field.sendKeys(v)
            }
        }
        driver.findElement(By.id('issue-push')).click()
        if (dialect == 'hikvision-isapi') {
            waitFor(30) { driver.findElement(By.id('issued-token')).text ?: null }
            new Issued(token: text('issued-token'), url: text('issued-url'), authUrl: text('issued-auth-url'), user: text('issued-user'))
        } else {
            waitFor(30) { driver.findElement(By.id('issued-server')).isDisplayed() && driver.findElement(By.id('issued-serial')).text == serial ?: null }
            new Issued(server: text('issued-server'), serial: text('issued-serial'))
        }
    }

    /** The rows of the list: device, dialect and the credential's kind as shown. */
    List<List<String>> rows() {
        driver.findElements(By.cssSelector('#push-credentials tbody tr.push-credential')).collect { tr ->
            tr.findElements(By.tagName('td')).take(3)*.text
        }
    }

    List<String> ids() {
        driver.findElements(By.cssSelector('#push-credentials tbody tr.push-credential'))*.getAttribute('id')
    }

    PushCredentialsPage revoke(long id) {
        driver.findElement(By.cssSelector("button.revoke-push[data-id='${id}']")).click()
        driver.switchTo().alert().accept()
        waitFor(30) { !ids().contains('pc-' + id) }
        this
    }

    String bodyText() {
        driver.findElement(By.tagName('body')).text
    }
}
