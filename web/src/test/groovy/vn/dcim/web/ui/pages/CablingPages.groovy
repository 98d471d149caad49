package vn.dcim.web.ui.pages

import groovy.transform.InheritConstructors
import org.openqa.selenium.By
import org.openqa.selenium.support.ui.Select
import org.openqa.selenium.support.ui.WebDriverWait

import java.time.Duration

/** The cabling screen (ports, trunk form, power to the outlet) and the trace drawn as a path. */
@InheritConstructors
class CablingPages extends ScreenPage {
    private WebDriverWait waiting() { Browser.waiting(driver, 10) }

    CablingPages open(String path = '/ui/cabling') {
        visit(path, 'heading', 10)
        this
    }

    /**
     * Fills the form under the ports: A and B by asset name and first port name, the count (null: as the form
     * offers it) and the label (a prefix for a bundle); sends it.
     */
    String connectTrunk(String aAsset, String aPort, String bAsset, String bPort, Integer count, String prefix) {
        pick('trunk-a-asset', aAsset, 'trunk-a-port', aPort)
        pick('trunk-b-asset', bAsset, 'trunk-b-port', bPort)
        if (count != null) {
            def n = driver.findElement(By.id('trunk-count'))
            n.clear()
            n.sendKeys(count.toString())
        }
        def label = driver.findElement(By.id('trunk-prefix'))
        label.clear()
        label.sendKeys(prefix)
        driver.findElement(By.id('trunk-connect')).click()
        waiting().until { driver.findElement(By.id('trunk-result')).displayed || driver.findElement(By.id('trunk-errors')).displayed }
        driver.findElement(By.id('trunk-result')).displayed ? driver.findElement(By.id('trunk-result')).text
                : 'refused: ' + driver.findElement(By.id('trunk-errors')).text
    }

    private void pick(String assetSelect, String asset, String portSelect, String port) {
        new Select(driver.findElement(By.id(assetSelect))).selectByVisibleText(asset)
        waiting().until { new Select(driver.findElement(By.id(portSelect))).options.any { it.text.startsWith(port) } }
        new Select(driver.findElement(By.id(portSelect))).options.find { it.text == port || it.text.startsWith(port + ' (') }.click()
    }

    /** The trace page of a port: the boxes of the path, each "asset|port". */
    List<String> trace(Object portId) {
        open("/ui/cabling/trace/$portId")
        driver.findElements(By.cssSelector('#trace-path li.node')).collect { it.getAttribute('data-asset') + '|' + it.getAttribute('data-port') }
    }

    List<String> cablesOnTrace() {
        driver.findElements(By.cssSelector('#trace-path li.cable span'))*.text
    }

    /** Runs "what goes dark if this fails" for a power-chain element; device name → outcome. */
    Map<String, String> outage(String element) {
        new Select(driver.findElement(By.id('outage-node'))).selectByVisibleText(element)
        driver.findElement(By.id('outage-run')).click()
        waiting().withMessage { 'browser console: ' + driver.manage().logs().get('browser').all*.message }
                .until { driver.findElements(By.cssSelector('#outage-result tbody tr')).size() > 0 }
        driver.findElements(By.cssSelector('#outage-result tbody tr')).collectEntries { [(it.getAttribute('data-device')): it.getAttribute('data-outcome')] }
    }

    List<String> singleFeed() {
        driver.findElement(By.id('single-run')).click()
        waiting().until { driver.findElement(By.id('single-result')).displayed }
        driver.findElements(By.cssSelector('#single-result tbody tr'))*.getAttribute('data-device')
    }

    /** The chosen asset's own what-if (its page): element → outcome, and element → the outcome as written. */
    Map<String, List<String>> whatIf() {
        driver.findElements(By.cssSelector('#cab-what-if tbody tr')).collectEntries {
            [(it.getAttribute('data-element')): [it.getAttribute('data-outcome'), it.findElements(By.tagName('td'))[1].text]]
        }
    }

    /** The outcome text the outage table shows for a device. */
    String outageText(String device) {
        driver.findElements(By.cssSelector('#outage-result tbody tr')).find { it.getAttribute('data-device') == device }
                .findElements(By.tagName('td'))[1].text
    }
}
