package vn.dcim.web.ui.pages

import groovy.transform.InheritConstructors
import org.openqa.selenium.By
import org.openqa.selenium.WebElement
import org.openqa.selenium.support.ui.Select

import java.nio.file.Path

/** "Dạy thiết bị SNMP" (/ui/teach-snmp): a walk drafted into a profile, each object kept or not, named, scaled, previewed and saved. */
@InheritConstructors
class SnmpTeachPage extends ScreenPage {
    /** From the teach screen's link, a recorded walk chosen as a file (its name offered as the profile's), drafted. */
    SnmpTeachPage draftFromFile(Path walk) {
        follow('/ui/teach', 'teach-snmp', '/ui/teach-snmp')
        driver.findElement(By.id('w-file')).sendKeys(walk.toAbsolutePath().toString())
        waitFor(10) { driver.findElement(By.id('w-text')).getAttribute('value').length() > 100 }
        driver.findElement(By.id('w-open')).click()
        waitFor(60) { !driver.findElements(By.id('snmp-form')).isEmpty() || !driver.findElements(By.id('teach-error')).isEmpty() }
        this
    }

    /** A monitored device walked now by the product. */
    SnmpTeachPage draftFromDevice(String deviceId, String name) {
        visit('/ui/teach-snmp', 'device-form')
        new Select(driver.findElement(By.id('w-device'))).selectByValue(deviceId)
        type(driver.findElement(By.id('w-device-name')), name)
        driver.findElement(By.id('w-walk')).click()
        waitFor(120) { !driver.findElements(By.id('snmp-form')).isEmpty() || !driver.findElements(By.id('teach-error')).isEmpty() }
        this
    }

    String name() { driver.findElement(By.id('s-name')).getAttribute('value') }

    String error() { driver.findElements(By.id('teach-error')).collect { it.text }.join() }

    /** Each object of the draft by its MIB name: kept, metric, unit, divisor and the values the walk held. */
    Map<String, Map> rows() {
        driver.findElements(By.cssSelector('#candidates tbody tr[data-oid]')).collectEntries { WebElement r ->
            [(r.getAttribute('data-mib')): [keep    : r.findElement(By.cssSelector('input.keep')).selected,
                                            metric  : r.findElement(By.cssSelector('input.metric')).getAttribute('value'),
                                            unit    : r.findElements(By.cssSelector('input.unit'))*.getAttribute('value').join(),
                                            divisor : r.findElements(By.cssSelector('input.divisor'))*.getAttribute('value').join(),
                                            values  : r.findElement(By.cssSelector('.values')).text]]
        }
    }

    /** Changes one object: kept or not, and its metric name. */
    SnmpTeachPage set(String mibName, Boolean keep, String metric = null) {
        WebElement r = row(mibName)
        WebElement box = r.findElement(By.cssSelector('input.keep'))
        if (keep != null && box.selected != keep) {
            box.click()
        }
        if (metric != null) {
            type(r.findElement(By.cssSelector('input.metric')), metric)
        }
        this
    }

    SnmpTeachPage preview() {
        driver.findElement(By.id('s-preview')).click()
        waitFor(60) { !driver.findElements(By.id('snmp-preview')).isEmpty() || !driver.findElements(By.id('teach-error')).isEmpty() }
        this
    }

    /** The readings the preview lists, "metric[instance]" → the value as shown. */
    Map<String, String> readings() {
        driver.findElements(By.cssSelector('#readings tbody tr')).collectEntries { WebElement r ->
            def cells = r.findElements(By.tagName('td'))
            [(cells[0].text + '[' + cells[1].text + ']'): cells[2].text]
        }
    }

    String yaml() { driver.findElement(By.id('yaml')).text }

    /** Saves; waits for the start screen saying it is saved, or the refusal. */
    SnmpTeachPage save() {
        driver.findElement(By.id('s-save')).click()
        waitFor(60) { !driver.findElements(By.id('teach-taught')).isEmpty() || !driver.findElements(By.id('teach-error')).isEmpty() }
        this
    }

    String taught() { driver.findElements(By.id('teach-taught')).collect { it.text }.join() }

    List<String> ownProfiles() {
        driver.findElements(By.cssSelector('#own-profiles li[data-profile]'))*.getAttribute('data-profile')
    }

    private WebElement row(String mibName) {
        driver.findElements(By.cssSelector('#candidates tbody tr[data-oid]')).find { it.getAttribute('data-mib') == mibName }
    }
}
