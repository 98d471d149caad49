package vn.dcim.web.ui.pages

import groovy.transform.InheritConstructors
import org.openqa.selenium.By
import org.openqa.selenium.JavascriptExecutor
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

    /**
     * Each object of the draft by its MIB name: kept, metric, unit, divisor and the values the walk held. Read in the
     * page with one script: a draft has a few hundred rows, and five WebDriver calls a row (each a round trip through
     * chromedriver) made a draft's reading most of the screen's spec time.
     */
    Map<String, Map> rows() {
        ((JavascriptExecutor) driver).executeScript('''
            const out = {};
            for (const r of document.querySelectorAll('#candidates tbody tr[data-oid]')) {
                const all = (css) => Array.from(r.querySelectorAll(css)).map(e => e.value).join('');
                out[r.getAttribute('data-mib')] = {keep: r.querySelector('input.keep').checked, metric: r.querySelector('input.metric').value,
                    unit: all('input.unit'), divisor: all('input.divisor'), values: r.querySelector('.values').innerText.trim()};
            }
            return out;''') as Map<String, Map>
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

    /** The readings the preview lists, "metric[instance]" → the value as shown; read with one script, as {@link #rows}. */
    Map<String, String> readings() {
        ((JavascriptExecutor) driver).executeScript('''
            const out = {};
            for (const r of document.querySelectorAll('#readings tbody tr')) {
                const c = Array.from(r.querySelectorAll('td')).map(td => td.innerText.trim());
                out[c[0] + '[' + c[1] + ']'] = c[2];
            }
            return out;''') as Map<String, String>
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
        driver.findElement(By.cssSelector("#candidates tbody tr[data-oid][data-mib='${mibName}']"))
    }
}
