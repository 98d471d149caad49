package vn.dcim.web.ui.pages

import org.openqa.selenium.By
import org.openqa.selenium.WebDriver
import org.openqa.selenium.support.ui.ExpectedConditions
import org.openqa.selenium.support.ui.WebDriverWait

import java.time.Duration

/** The layout every screen shares: navigation, heading and the language switch. */
class ShellPage {
    final WebDriver driver
    final String baseUrl

    ShellPage(WebDriver driver, String baseUrl) {
        this.driver = driver
        this.baseUrl = baseUrl
    }

    ShellPage open(String path = '/') {
        driver.get(baseUrl + path)
        Browser.waiting(driver, 10).until(ExpectedConditions.presenceOfElementLocated(By.id('heading')))
        this
    }

    String heading() { driver.findElement(By.id('heading')).text }

    String lang() { driver.findElement(By.tagName('html')).getAttribute('lang') }

    List<String> navigation() { driver.findElements(By.cssSelector('#nav a'))*.text }

    ShellPage switchLanguage() {
        driver.findElement(By.id('lang-switch')).click()
        Browser.waiting(driver, 10).until(ExpectedConditions.presenceOfElementLocated(By.id('heading')))
        this
    }

    ShellPage go(String screen) {
        driver.findElement(By.id("nav-${screen}")).click()
        Browser.waiting(driver, 10).until(ExpectedConditions.presenceOfElementLocated(By.id('heading')))
        this
    }
}
