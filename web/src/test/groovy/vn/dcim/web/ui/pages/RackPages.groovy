package vn.dcim.web.ui.pages

import groovy.transform.InheritConstructors
import org.openqa.selenium.By
import org.openqa.selenium.chromium.ChromiumDriver
import org.openqa.selenium.JavascriptExecutor
import org.openqa.selenium.WebDriver
import org.openqa.selenium.WebElement
import org.openqa.selenium.support.ui.ExpectedConditions
import org.openqa.selenium.support.ui.WebDriverWait

import java.time.Duration

/** The rack list, a rack's elevation and a room's floor plan. */
@InheritConstructors
class RackPages extends ScreenPage {
    RackPages open(String path) {
        visit(path, 'heading', 10)
        this
    }

    RackPages racks() { open('/ui/racks') }

    /** The text of each cell of a rack's row in the list: name, place, space, power, inlet. */
    List<String> rackRow(Object rackId) {
        driver.findElements(By.cssSelector("#rack-${rackId} td"))*.text
    }

    String cellClass(Object rackId, String cell) {
        driver.findElement(By.cssSelector("#rack-${rackId} td.${cell}")).getAttribute('class')
    }

    String roomTotals(Object roomId) { driver.findElement(By.id("room-totals-${roomId}")).text }

    RackPages openRack(Object rackId) {
        driver.findElement(By.cssSelector("#rack-${rackId} a")).click()
        Browser.waiting(driver, 10).until(ExpectedConditions.presenceOfElementLocated(By.id('elevation')))
        this
    }

    /** The front and rear cell of a U: [text, class]. */
    List<List<String>> unit(int u) {
        driver.findElements(By.cssSelector("#u-${u} td")).drop(1).collect { [it.text, it.getAttribute('class')] }
    }

    WebElement slotLink(int u, String face) {
        driver.findElement(By.cssSelector("#u-${u} td:nth-child(${face == 'front' ? 2 : 3}) a.slot"))
    }

    String spotClass(Object rackId) { driver.findElement(By.id("spot-${rackId}")).getAttribute('class') }

    String spotText(Object rackId) { driver.findElement(By.id("spot-${rackId}")).text }

    /** Fills the rack's placement form and saves; waits for the reload or for the refusal. */
    RackPages editRack(int heightU, Integer row, Integer position, BigDecimal budgetKw) {
        def box = driver.findElement(By.id('rack-edit-box'))
        if (box.getAttribute('open') == null) {
            box.findElement(By.tagName('summary')).click()
        }
        def form = driver.findElement(By.id('rack-edit'))
        [heightU: heightU, gridRow: row, gridPosition: position, powerBudgetKw: budgetKw].each { name, value ->
            def input = form.findElement(By.name(name))
            input.clear()
            if (value != null) input.sendKeys(value.toString())
        }
        def before = driver.findElement(By.id('heading'))
        // a refusal shown before must not pass for this one's
        ((JavascriptExecutor) driver).executeScript("document.getElementById('rack-errors').textContent = ''")
        driver.findElement(By.id('rack-save')).click()
        Browser.waiting(driver, 10).until {
            try {
                Browser.gone(before) || !driver.findElement(By.id('rack-errors')).text.isEmpty()
            } catch (org.openqa.selenium.WebDriverException ignored) {
                false
            }
        }
        this
    }

    String editErrors() { driver.findElement(By.id('rack-errors')).text }

    /**
     * Laid out at a phone's width (375 CSS px, as an iPhone SE), is anything wider than the screen
     * (horizontal scrolling)? A desktop window cannot be made that narrow (Chromium stops at 500 px),
     * so the phone's screen is emulated through chromedriver, as the browser's device mode does.
     */
    static boolean overflowsAtPhoneWidth(WebDriver driver) {
        def chromium = (ChromiumDriver) driver
        chromium.executeCdpCommand('Emulation.setDeviceMetricsOverride', [width: 375, height: 800, deviceScaleFactor: 1, mobile: true])
        try {
            Thread.sleep(300)
            def js = (JavascriptExecutor) driver
            assert js.executeScript('return window.innerWidth') == 375
            js.executeScript('return document.documentElement.scrollWidth > window.innerWidth') as boolean
        } finally {
            chromium.executeCdpCommand('Emulation.clearDeviceMetricsOverride', [:])
        }
    }
}
