package vn.dcim.web.ui.pages

import groovy.transform.InheritConstructors
import org.openqa.selenium.By

/** The layout every screen shares: navigation, heading and the language switch. */
@InheritConstructors
class ShellPage extends ScreenPage {
    ShellPage open(String path = '/') {
        visit(path, 'heading', 10)
        this
    }

    String heading() { driver.findElement(By.id('heading')).text }

    String lang() { driver.findElement(By.tagName('html')).getAttribute('lang') }

    List<String> navigation() { driver.findElements(By.cssSelector('#nav a'))*.text }

    ShellPage switchLanguage() {
        driver.findElement(By.id('lang-switch')).click()
        waitFor(10) { it.findElements(By.id('heading')) }
        this
    }

    ShellPage go(String screen) {
        driver.findElement(By.id("nav-${screen}")).click()
        waitFor(10) { it.findElements(By.id('heading')) }
        this
    }
}
