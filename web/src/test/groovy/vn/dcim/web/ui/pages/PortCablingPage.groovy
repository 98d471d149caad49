package vn.dcim.web.ui.pages

import groovy.transform.InheritConstructors
import org.openqa.selenium.By
import org.openqa.selenium.WebElement
import org.openqa.selenium.support.ui.Select

/**
 * A person registering a server from its device type and cabling it from its ports' rows, with the clicks
 * and form submits counted as a person makes them: following a link, choosing in a list, pressing a button.
 * Typing a text field is not counted (it is listed in {@link #typed}); a choice the form had already made
 * (the suggested far end) is not made again and so not counted.
 */
@InheritConstructors
class PortCablingPage extends ScreenPage {
    /** Clicks, choices in a list and submits, in order, each named. */
    final List<String> interactions = []
    /** The text fields typed into. */
    final List<String> typed = []

    int count() { interactions.size() }

    private void click(String what, WebElement element) {
        interactions << what
        element.click()
    }

    private void choose(String what, WebElement select, String value) {
        interactions << what
        new Select(select).selectByValue(value)
    }

    private void typeIn(String name, Object value) {
        typed << name
        type(driver.findElement(By.cssSelector("form.asset-form [name='$name']")), value)
    }

    // ---- registering the server --------------------------------------------------------------------

    /** From the equipment list (reached from the menu: one click), the new-asset link. */
    PortCablingPage newAsset() {
        visit('/ui/assets', 'new-asset-link')
        interactions << 'menu: equipment list'
        click('new asset', driver.findElement(By.id('new-asset-link')))
        waitFor(30) { it.findElements(By.id('device-type')) }
        this
    }

    /** Chooses the device type (vendor, model, height and kind follow), types name, label and U, chooses the place, saves. */
    long registerFromType(String typeSlug, String name, String labelCode, String place, int u) {
        choose('device type', driver.findElement(By.id('device-type')), typeSlug)
        typeIn('name', name)
        typeIn('labelCode', labelCode)
        choose('place', driver.findElement(By.cssSelector("form.asset-form [name='place']")), place)
        typeIn('positionU', u)
        click('save asset', driver.findElement(By.id('save-asset')))
        waitFor(30) { it.currentUrl ==~ /.*\/ui\/assets\/\d+\?saved=1$/ || !text('errors').isEmpty() }
        def m = driver.currentUrl =~ /\/ui\/assets\/(\d+)\?saved=1$/
        assert m.find(): 'refused: ' + text('errors')
        m.group(1) as long
    }

    /** What the asset form filled from the type before saving: field name → value. */
    Map<String, String> formValues(List<String> names) {
        names.collectEntries { [(it): driver.findElement(By.cssSelector("form.asset-form [name='$it']")).getAttribute('value')] }
    }

    // ---- its ports ---------------------------------------------------------------------------------

    /** The asset page's link to its ports and cables; answers its text ("Cổng và cáp (5 cổng)"). */
    String openPorts() {
        def link = driver.findElement(By.id('asset-ports-link'))
        String text = link.text
        click('ports of the asset', link)
        waitFor(30) { it.findElements(By.id('cab-ports')) }
        text
    }

    private WebElement row(String port) {
        driver.findElement(By.cssSelector("#cab-ports tr[data-name='$port']"))
    }

    /** The port's row as shown: name, kind, type, cable, far end. */
    List<String> rowCells(String port) {
        row(port).findElements(By.tagName('td')).take(5)*.text
    }

    /**
     * Connect on the port's row; the far end is chosen only where the form's suggestion is not the one wanted
     * ({@code farAsset}/{@code farPort} by their shown names; null takes the suggestion). Answers
     * [far equipment, far port, cable type] as the form held them when saved.
     */
    List<String> connect(String port, String farAsset = null, String farPort = null) {
        click("connect $port", row(port).findElement(By.cssSelector('button.connect')))
        def form = driver.findElement(By.id('cab-connect'))
        waitFor(30) { form.displayed && form.getAttribute('data-ready') == 'true' }
        def assetSelect = new Select(driver.findElement(By.id('connect-asset')))
        if (farAsset != null && !assetSelect.firstSelectedOption.text.startsWith(farAsset)) {
            def wanted = assetSelect.options.find { it.text.startsWith(farAsset) }
            choose("far equipment $farAsset", driver.findElement(By.id('connect-asset')), wanted.getAttribute('value'))
            waitFor(30) { new Select(driver.findElement(By.id('connect-port'))).options.size() > 0 }
        }
        def portSelect = new Select(driver.findElement(By.id('connect-port')))
        if (farPort != null && portSelect.firstSelectedOption.text != farPort) {
            choose("far port $farPort", driver.findElement(By.id('connect-port')), portSelect.options.find { it.text == farPort }.getAttribute('value'))
        }
        def chosen = [new Select(driver.findElement(By.id('connect-asset'))).firstSelectedOption.text,
                      new Select(driver.findElement(By.id('connect-port'))).firstSelectedOption.text,
                      new Select(driver.findElement(By.id('connect-type'))).firstSelectedOption.getAttribute('value')]
        def before = driver.findElement(By.id('cab-ports'))
        click("save cable of $port", driver.findElement(By.id('connect-save')))
        waitFor(30) { Browser.gone(before) || driver.findElement(By.id('connect-errors')).displayed }
        waitFor(30) { it.findElements(By.id('cab-ports')) }
        chosen
    }

    /** The refusal the connect form shows, when it showed one. */
    String connectErrors() {
        def errors = driver.findElements(By.id('connect-errors'))
        errors && errors[0].displayed ? errors[0].text : ''
    }

    /** Follows the far-end link of a cabled port's row to the far equipment's ports. */
    PortCablingPage followFarEnd(String port) {
        def before = driver.findElement(By.id('cab-ports'))
        click("far end of $port", row(port).findElement(By.cssSelector('td.far-end a')))
        Browser.waitUntilGone(driver, before)
        waitFor(30) { it.findElements(By.id('cab-ports')) }
        this
    }

    /** The trace page of a port: the path's boxes, each "asset|port". */
    List<String> trace(Object portId) {
        visit("/ui/cabling/trace/$portId", 'heading')
        driver.findElements(By.cssSelector('#trace-path li.node')).collect { it.getAttribute('data-asset') + '|' + it.getAttribute('data-port') }
    }
}
