package vn.dcim.web.alarm

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.openqa.selenium.By
import org.openqa.selenium.support.ui.WebDriverWait
import vn.dcim.core.alarm.Alarms
import vn.dcim.core.telemetry.Reading
import vn.dcim.core.telemetry.ReadingSink
import vn.dcim.web.ui.pages.SignedInBrowserSpec

import java.time.Duration
import java.time.Instant

/** The operator's console in headless Chromium: alarms arrive live, most severe first, and are acknowledged with one click. */
@MicronautTest(transactional = false)
class AlarmConsoleSpec extends SignedInBrowserSpec {

    @Inject ReadingSink sink
    @Inject Alarms alarms



    def "a new alarm appears without reload, sorted by severity, and one click acknowledges it"() {
        given: 'the console is open, the operator signed in'
        def tag = UUID.randomUUID().toString().take(6)
        driver.get("${server.URL}/ui/alarms")
        wait(10).until { driver.findElement(By.id('live')).getAttribute('class').contains('on') }
        driver.findElement(By.id('heading')).click()
        driver.executeScript('window.notReloaded = true')

        when: 'a humidity warning then a forced door come in'
        sink.record([Reading.of(Instant.now(), "env-${tag}", 'env.humidity', '0', 70, null)])
        sink.record([Reading.of(Instant.now(), "door-${tag}", 'door.forced', '0', 1, null)])

        then: 'the forced door (critical) is on top; the page was not reloaded'
        def door = alarms.list('open', 500, 0).find { it.source() == "door-${tag}" }
        wait(10).until { rowIds().contains("alarm-${door.id()}".toString()) }
        rowIds().first() == "alarm-${door.id()}"
        driver.executeScript('return window.notReloaded') == true

        when:
        driver.findElement(By.cssSelector("#alarm-${door.id()} button.ack")).click()

        then:
        wait(10).until { alarms.find(door.id()).get().state() == 'acknowledged' }
        alarms.find(door.id()).get().acknowledgedBy() == 'spec-all'
        wait(10).until { driver.findElement(By.cssSelector("#alarm-${door.id()} td.state")).text == 'acknowledged' }
    }

    List<String> rowIds() {
        driver.findElements(By.cssSelector('#alarm-rows tr')).collect { it.getAttribute('id') }.findAll { it }
    }

    WebDriverWait wait(int seconds) {
        new WebDriverWait(driver, Duration.ofSeconds(seconds)).ignoring(org.openqa.selenium.StaleElementReferenceException) as WebDriverWait
    }
}
