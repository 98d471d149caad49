package vn.dcim.web.ui.pages

import groovy.transform.InheritConstructors
import org.openqa.selenium.By
import org.openqa.selenium.WebDriverException
import org.openqa.selenium.support.ui.ExpectedConditions
import org.openqa.selenium.support.ui.WebDriverWait

import java.time.Duration

/** A device's page: its current values by kind, the history chart and what relates to it. */
@InheritConstructors
class DevicePage extends ScreenPage {
    DevicePage open(String deviceId) {
        visit("/ui/devices/${deviceId}", 'heading', 10)
        this
    }

    String groupTitle(String kind) { driver.findElement(By.cssSelector("#group-${kind} h2")).text }

    /** The value cell of a metric's row, as shown. */
    String value(String metric, String instance = '0') {
        driver.findElement(By.cssSelector("#readings tr[data-metric='${metric}'][data-instance='${instance}'] td.value")).text
    }

    /** The name cell of a metric's row: its translated name, and its instance unless it is a scalar. */
    String label(String metric, String instance = '0') {
        driver.findElement(By.cssSelector("#readings tr[data-metric='${metric}'][data-instance='${instance}'] td")).text
    }

    List<String> seriesOffered() {
        driver.findElements(By.cssSelector('#chart-series option'))*.getAttribute('data-metric')
    }

    DevicePage chooseSeries(String metric, String instance = '0') {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id('chart-series')))
                .selectByValue(metric + '|' + instance)
        this
    }

    /** The value axis' labels as drawn on the canvas (the chart writes them to data-value-axis). */
    List<String> valueAxis() { (driver.findElement(By.id('chart')).getAttribute('data-value-axis') ?: '').tokenize('|') }

    DevicePage range(String range) {
        driver.findElement(By.cssSelector("#chart-box button[data-range='${range}']")).click()
        this
    }

    /** Waits until the chart is drawn with points from the readings API; returns how many. */
    int chartPoints(int atLeast = 1) {
        int seen = 0
        Browser.waiting(driver, 15).until {
            try {
                def chart = driver.findElement(By.id('chart'))
                seen = (chart.getAttribute('data-points') ?: '0') as int
                seen >= atLeast && !chart.findElements(By.cssSelector('canvas')).isEmpty()
            } catch (WebDriverException ignored) {
                false
            }
        }
        seen
    }

    /** The time axis' labels as drawn on the canvas (the chart writes them to data-axis). */
    List<String> chartAxis() { (driver.findElement(By.id('chart')).getAttribute('data-axis') ?: '').tokenize('|') }

    String chartResolution() { driver.findElement(By.id('chart')).getAttribute('data-resolution') }

    String link(String id) { driver.findElement(By.id(id)).getAttribute('href') }

    void follow(String id) {
        driver.findElement(By.id(id)).click()
        Browser.waiting(driver, 10).until(ExpectedConditions.presenceOfElementLocated(By.tagName('h1')))
    }

    List<String> alarms() { driver.findElements(By.cssSelector('#device-alarms tr'))*.text }

    List<String> incidents() { driver.findElements(By.cssSelector('#device-incidents li a'))*.getAttribute('href') }

    /** The devices this one is reached through, as the page lists them. */
    List<String> reachedThrough() { driver.findElements(By.cssSelector('#reached-through-list li a'))*.text }

    /** Types the ids into the set-up's field and saves: the page reloads saying so, or shows the refusal. */
    DevicePage setReachedThrough(String ids) {
        def field = driver.findElement(By.id('via'))
        field.clear()
        field.sendKeys(ids)
        driver.findElement(By.id('save-reached-through')).click()
        // the page reloads on success: an element read as it goes is not an answer
        Browser.waiting(driver, 30).until { d ->
            Browser.settled { d.currentUrl.contains('saved=1') || !d.findElement(By.id('via-error')).text.isEmpty() }
        }
        this
    }

    String reachedThroughError() { driver.findElement(By.id('via-error')).text }
}
