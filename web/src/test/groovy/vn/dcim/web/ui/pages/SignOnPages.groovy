package vn.dcim.web.ui.pages

import groovy.json.JsonOutput
import org.openqa.selenium.By
import org.openqa.selenium.WebDriver

/**
 * The sign-on provider's own sign-in form (mock-oauth2-server's: a user name and the claims its token carries,
 * as a Keycloak would put a person's groups there), reached from the product's sign-in page.
 */
class ProviderSignInPage {
    final WebDriver driver

    ProviderSignInPage(WebDriver driver) {
        this.driver = driver
    }

    /** From the product's sign-in page: its "sign in with ..." button, then the provider's form. */
    static ProviderSignInPage from(LoginPage login) {
        login.driver.findElement(By.id('sign-on')).click()
        Browser.waiting(login.driver, 10).until { it.findElements(By.name('claims')) }
        new ProviderSignInPage(login.driver)
    }

    /** Signs in at the provider as {@code username} in {@code groups}; returns the product's path landed on. */
    String signIn(String username, List<String> groups, String fullName = null) {
        // as Keycloak sends them: the user name in preferred_username (the subject is an opaque id there)
        Map claims = [preferred_username: username, groups: groups]
        if (fullName) {
            claims.name = fullName
        }
        driver.findElement(By.name('username')).sendKeys(username)
        driver.findElement(By.name('claims')).sendKeys(JsonOutput.toJson(claims))
        driver.findElement(By.cssSelector('input[type=submit]')).click()
        // through the product's callback page, which steps on by itself: done when a signed-in screen or the
        // sign-in page with its reason is there
        Browser.waiting(driver, 15).until { WebDriver d ->
            Browser.settled {
                URI at = new URI(d.currentUrl)
                !at.path.startsWith('/oauth/') && !d.findElements(By.name('claims')) &&
                        (at.path == '/login' ? !d.findElements(By.id('login-error')).isEmpty() : !d.findElements(By.id('my-account')).isEmpty())
            }
        }
        new URI(driver.currentUrl).path
    }
}
