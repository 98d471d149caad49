package vn.dcim.web.ui.pages

import groovy.transform.InheritConstructors
import org.openqa.selenium.By
import org.openqa.selenium.WebElement
import org.openqa.selenium.support.ui.Select

/** The discovery inbox (/ui/sources): vendor sources heard but not bound, and their bind form. */
@InheritConstructors
class SourcesPage extends ScreenPage {
    SourcesPage open() {
        driver.get(baseUrl + '/ui/sources')
        this
    }

    /** Opens the inbox again until {@code source} is listed (the bridge keeps what it heard in batches). */
    SourcesPage waitFor(String source) {
        waitFor(30) {
            open()
            row(source) != null
        }
        this
    }

    /** The "Bound" tab. */
    SourcesPage openBound() {
        driver.get(baseUrl + '/ui/sources?state=bound')
        this
    }

    /** The bound list's device and place (site / room / rack) of {@code source}, or null when it is not listed. */
    Map<String, String> boundTo(String source) {
        WebElement r = row(source)
        r == null ? null : [device: r.findElements(By.tagName('td'))[6].text, place: r.findElement(By.cssSelector('td.place')).text]
    }

    List<String> sources() {
        driver.findElements(By.cssSelector('#sources tbody tr[data-source]'))*.getAttribute('data-source')
    }

    /** What the source's last message would give, as the row shows it. */
    String wouldGive(String source) {
        row(source).findElements(By.cssSelector('ul.gives li'))*.text.join('\n')
    }

    /** The device id the form offers for the source. */
    String offeredDeviceId(String source) {
        row(source).findElement(By.name('deviceId')).getAttribute('value')
    }

    /** The two clicks: the place (a room, or a rack shown as "room › rack"), then Bind. */
    SourcesPage bind(String source, String place) {
        WebElement form = row(source)
        new Select(form.findElement(By.name('place'))).selectByVisibleText(place)
        form.findElement(By.cssSelector('form.bind button[type=submit]')).click()
        waitFor(30) { !driver.findElements(By.id('sources-bound')).isEmpty() || !driver.findElements(By.id('sources-error')).isEmpty() }
        this
    }

    boolean bound() {
        !driver.findElements(By.id('sources-bound')).isEmpty()
    }

    String error() {
        driver.findElements(By.id('sources-error'))*.text.join('')
    }

    private WebElement row(String source) {
        driver.findElements(By.cssSelector('#sources tbody tr[data-source]')).find { it.getAttribute('data-source') == source }
    }
}
