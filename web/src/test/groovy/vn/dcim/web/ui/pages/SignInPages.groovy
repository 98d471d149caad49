package vn.dcim.web.ui.pages

import groovy.transform.InheritConstructors
import org.openqa.selenium.By
import org.openqa.selenium.WebDriver
import org.openqa.selenium.support.ui.WebDriverWait

import java.time.Duration

/** The sign-in page: user name, password, and the reason a sign-in was refused. */
@InheritConstructors
class LoginPage extends ScreenPage {
    LoginPage open() {
        driver.get(baseUrl + '/login')
        this
    }

    /** Submits the form and waits to leave the page or to be told why not; returns the path landed on. */
    String signIn(String username, String password) {
        driver.findElement(By.id('username')).sendKeys(username)
        driver.findElement(By.id('password')).sendKeys(password)
        driver.findElement(By.id('sign-in')).click()
        Browser.waiting(driver, 10).until { !it.currentUrl.contains('/login') || it.findElements(By.id('login-error')) }
        new URI(driver.currentUrl).path
    }

    /** The refusal shown, or null. */
    String error() {
        driver.findElements(By.id('login-error')).with { it ? it[0].text : null }
    }
}

/** The password change, forced or chosen. */
class PasswordPage {
    final WebDriver driver

    PasswordPage(WebDriver driver) {
        this.driver = driver
    }

    boolean forced() { !driver.findElements(By.id('password-why')).isEmpty() }

    String change(String current, String next) {
        driver.findElement(By.id('current')).sendKeys(current)
        driver.findElement(By.id('next')).sendKeys(next)
        driver.findElement(By.id('confirm')).sendKeys(next)
        driver.findElement(By.id('save')).click()
        Browser.waiting(driver, 10).until { !it.currentUrl.endsWith('/ui/password') || it.findElements(By.id('password-problems')) }
        new URI(driver.currentUrl).path
    }
}

/** The administrator's accounts screen: one row per person, with the lock and unlock forms. */
@InheritConstructors
class AccountsPage extends ScreenPage {
    AccountsPage open() {
        driver.get(baseUrl + '/ui/accounts')
        Browser.waiting(driver, 10).until { it.findElements(By.id('accounts')) }
        this
    }

    /** The row's status; read again if the page is reloading under it (a node of the old page). */
    String status(String username) {
        Browser.waiting(driver, 10).ignoring(org.openqa.selenium.WebDriverException).until {
            driver.findElement(By.id("account-${username}")).findElement(By.cssSelector('td.status')).text
        }
    }

    AccountsPage unlock(String username, String ownersRequest) {
        def form = driver.findElement(By.id("account-${username}")).findElement(By.cssSelector('form.unlock'))
        form.findElement(By.name('request')).sendKeys(ownersRequest)
        form.findElement(By.tagName('button')).click()
        // the list is on the old page too: wait for that page to go, then for the new one
        Browser.waitUntilGone(driver, form, 20)
        Browser.waiting(driver, 20).until { it.findElements(By.id('accounts')) }
        this
    }
}

/** My account: the trusted devices (the browsers and scripts that signed in), each with its "stop trusting" form. */
@InheritConstructors
class MyAccountPage extends ScreenPage {
    MyAccountPage open() {
        visit('/ui/me', 'my-details')
        this
    }

    /** The ids of the trusted devices' rows ("device-" and the device's name). */
    List<String> devices() {
        driver.findElements(By.cssSelector('#trusted-devices tbody tr')).collect { it.getAttribute('id') }
    }

    MyAccountPage distrust(String rowId) {
        def form = driver.findElement(By.id(rowId)).findElement(By.tagName('form'))
        form.findElement(By.tagName('button')).click()
        Browser.waitUntilGone(driver, form, 20)
        waitFor(20) { !it.findElements(By.id('my-details')).isEmpty() }
        this
    }

    boolean noDevices() { !driver.findElements(By.id('no-devices')).isEmpty() }
}
