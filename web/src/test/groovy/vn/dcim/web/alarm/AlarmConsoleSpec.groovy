package vn.dcim.web.alarm

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.openqa.selenium.By
import org.openqa.selenium.support.ui.WebDriverWait
import vn.dcim.core.alarm.Alarms
import vn.dcim.core.telemetry.Reading
import vn.dcim.core.telemetry.ReadingSink
import vn.dcim.web.i18n.EnglishWords
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
        wait(10).until { driver.findElement(By.cssSelector("#alarm-${door.id()} td.state")).getAttribute('data-state') == 'acknowledged' }
    }

    def "in Vietnamese the console shows no English: rule texts, severities, states, articles and times are the reader's"() {
        given: 'a room too warm and a forced door, the console in Vietnamese (the default)'
        def tag = UUID.randomUUID().toString().take(6)
        sink.record([Reading.of(Instant.now(), "door-${tag}", 'door.forced', '0', 1, null)])
        def door = alarms.list('open', 500, 0).find { it.source() == "door-${tag}" }
        driver.get("${server.URL}/lang/vi?back=/ui/alarms")
        wait(10).until { driver.findElement(By.id('live')).getAttribute('class').contains('on') }
        wait(10).until { rowIds().contains("alarm-${door.id()}".toString()) }

        when: 'the words shown, but for device and user names (data, not text)'
        def shown = driver.findElement(By.id('heading')).text + ' ' +
                driver.findElements(By.cssSelector('#alarm-table th'))*.text.join(' ') + ' ' +
                driver.findElements(By.cssSelector('#alarm-rows td:not(:nth-child(2)):not(:nth-child(7)), #alarm-rows button'))*.text.join(' ')
        def english = EnglishWords.onlyEnglish().findAll { shown.toLowerCase().split(/[^\p{L}]+/).contains(it) }

        then:
        english as List == []
        driver.findElement(By.cssSelector("#alarm-${door.id()} td.message")).text == 'Điều 6.6: cửa bị mở cưỡng bức (kiểm soát truy cập vật lý)'
        driver.findElement(By.cssSelector("#alarm-${door.id()} td.sev")).text == 'Nghiêm trọng'
        driver.findElement(By.cssSelector("#alarm-${door.id()} td.time")).text ==~ /\d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d/
    }

    List<String> rowIds() {
        driver.findElements(By.cssSelector('#alarm-rows tr')).collect { it.getAttribute('id') }.findAll { it }
    }

    WebDriverWait wait(int seconds) {
        new WebDriverWait(driver, Duration.ofSeconds(seconds)).ignoring(org.openqa.selenium.StaleElementReferenceException) as WebDriverWait
    }
}
