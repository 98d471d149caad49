package vn.dcim.web.alarm

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.openqa.selenium.By
import org.openqa.selenium.support.ui.WebDriverWait
import vn.dcim.core.alarm.Alarms
import vn.dcim.core.backup.BackupRegisterDuty
import vn.dcim.core.maintenance.WorkOrderPlanner
import vn.dcim.core.network.IspLinkCheckDuty
import vn.dcim.core.telemetry.Reading
import vn.dcim.core.telemetry.ReadingSink
import vn.dcim.web.i18n.EnglishWords
import vn.dcim.web.ui.pages.Browser
import vn.dcim.web.ui.pages.SignedInBrowserSpec

import java.time.Duration
import java.time.Instant
import java.time.LocalDate
import vn.dcim.core.db.Jdbc

/** The operator's console in headless Chromium: alarms arrive live, most severe first, and are acknowledged with one click. */
@MicronautTest(transactional = false)
class AlarmConsoleSpec extends SignedInBrowserSpec {

    @Inject ReadingSink sink
    @Inject Alarms alarms
    @Inject Jdbc jdbc
    @Inject BackupRegisterDuty backupRegister
    @Inject WorkOrderPlanner planner
    @Inject IspLinkCheckDuty ispCheck

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

    def "an alarm that cleared before anybody looked stays on the console, marked returned, until it is acknowledged"() {
        given: 'a forced door on the open console'
        def tag = UUID.randomUUID().toString().take(6)
        driver.get("${server.URL}/ui/alarms")
        wait(10).until { driver.findElement(By.id('live')).getAttribute('class').contains('on') }
        sink.record([Reading.of(Instant.now(), "door-${tag}", 'door.forced', '0', 1, null)])
        def door = alarms.list('open', 500, 0).find { it.source() == "door-${tag}" }
        wait(10).until { rowIds().contains("alarm-${door.id()}".toString()) }

        when: 'the door closes again, the alarm unacknowledged'
        sink.record([Reading.of(Instant.now(), "door-${tag}", 'door.forced', '0', 0, null)])

        then: 'ISA-18.2: it stays, returned to normal, with the time it cleared'
        wait(10).until { state(door.id()) == 'returned' }
        driver.findElement(By.id("alarm-${door.id()}")).getAttribute('class').contains('returned')
        !driver.findElements(By.cssSelector("#alarm-${door.id()} .cleared-at")).isEmpty()

        when: 'the operator acknowledges it'
        driver.findElement(By.cssSelector("#alarm-${door.id()} button.ack")).click()

        then: 'it is closed and leaves the console'
        wait(10).until { !rowIds().contains("alarm-${door.id()}".toString()) }
        alarms.find(door.id()).get().state() == 'closed'
    }

    def "a list read before a newer one but answered after it does not put back a state already gone"() {
        given: 'the console is open, and the next read of its rows will answer 1.5 s late'
        def tag = UUID.randomUUID().toString().take(6)
        driver.get("${server.URL}/ui/alarms")
        wait(10).until { driver.findElement(By.id('live')).getAttribute('class').contains('on') }
        driver.executeScript(LATE_ROWS)

        when: 'a forced door comes in: its read of the list is the late one'
        sink.record([Reading.of(Instant.now(), "hall-${tag}", 'door.forced', '0', 1, null)])
        wait(10).until { driver.executeScript('return window.lateRead') == true }

        and: 'a second forced door comes in after it: its read answers at once'
        sink.record([Reading.of(Instant.now(), "door-${tag}", 'door.forced', '0', 1, null)])
        def door = alarms.list('open', 500, 0).find { it.source() == "door-${tag}" }
        wait(10).until { rowIds().contains("alarm-${door.id()}".toString()) }

        and: 'the late answer, read before the second door, arrives'
        wait(10).until { driver.executeScript('return window.lateDone') == true }
        sleep(200)

        then: 'the second door is still listed'
        rowIds().contains("alarm-${door.id()}".toString())
    }

    /** Holds the answer of the next read of the console's rows for 1.5 s, its body read at once (so it is the older state). */
    static final String LATE_ROWS = '''
        const plain = window.fetch;
        window.lateRead = false;
        window.lateDone = false;
        let held = false;
        window.fetch = function (url, options) {
          const answer = plain(url, options);
          if (held || !String(url).endsWith('/ui/alarms/rows')) return answer;
          held = true;
          return answer.then(r => r.text().then(body => {
            window.lateRead = true;
            return new Promise(done => setTimeout(() => {
              done(new Response(body, {status: r.status, headers: {'Content-Type': 'text/html'}}));
              window.lateDone = true;
            }, 1500));
          }));
        };'''

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
        driver.findElement(By.cssSelector("#alarm-${door.id()} td.message .text")).text == 'Điều 6 khoản 6: cửa bị mở cưỡng bức (kiểm soát truy cập vật lý)'
        driver.findElement(By.cssSelector("#alarm-${door.id()} td.sev")).text == 'Nghiêm trọng'
        driver.findElement(By.cssSelector("#alarm-${door.id()} td.time")).text ==~ /\d\d\/\d\d\/\d{4} \d\d:\d\d/
    }

    def "in Vietnamese the alarms duties raise (overdue work, backup missing, ISP link down) show no English"() {
        given: 'a work order three days past due, a data set never backed up, an Internet link that answers nothing'
        def tag = UUID.randomUUID().toString().take(6)
        jdbc.update('given', "INSERT INTO site (id, name) VALUES (?, ?)", "s-$tag".toString(), 'TTTHDL')
        jdbc.update('given', "INSERT INTO maintenance_plan (code, name, every_months, checklist, article) VALUES (?, 'Bảo dưỡng UPS', 6, '[]', 'Art. 14.3')", "plan-$tag".toString())
        long plan = jdbc.list('plan', 'SELECT id FROM maintenance_plan WHERE code = ?', { it.getLong(1) }, "plan-$tag".toString())[0]
        jdbc.update('given', "INSERT INTO work_order (plan_id, due_date, status) VALUES (?, ?, 'planned')", plan, LocalDate.now().minusDays(3).toString())
        long order = jdbc.list('order', 'SELECT id FROM work_order WHERE plan_id = ?', { it.getLong(1) }, plan)[0]
        jdbc.update('given', "INSERT INTO backup_dataset (name, frequency_days) VALUES (?, 30)", "hoso-$tag".toString())
        jdbc.update('given', "INSERT INTO isp_link (site_id, provider, circuit_id, probe_targets) VALUES (?, 'VNPT', ?, '127.0.0.1:1')", "s-$tag".toString(), "kenh-$tag".toString())

        when: 'the duties run, and the console is opened in Vietnamese'
        planner.flagOverdue(Instant.now())
        backupRegister.run(Instant.now())
        ispCheck.run(Instant.now())
        def open = alarms.list('open', 1000, 0)
        def raised = [open.find { it.source() == "work-order-$order" },
                      open.find { it.ruleId() == 'backup.register' && it.instance() == "hoso-$tag" },
                      open.find { it.ruleId() == 'backup.register.locations' && it.instance() == "hoso-$tag" },
                      open.find { it.ruleId() == 'isp.link.down' && it.message().contains("kenh-$tag") }]
        driver.get("${server.URL}/lang/vi?back=/ui/alarms")
        wait(10).until { driver.findElement(By.id('live')).getAttribute('class').contains('on') }
        wait(10).until { raised.every { a -> rowIds().contains("alarm-${a.id()}".toString()) } }
        def texts = raised.collect { a -> driver.findElement(By.cssSelector("#alarm-${a.id()} td.message .text")).text }

        then: 'each alarm carries its key, and the console tells it in Vietnamese'
        raised*.messageKey() == ['alarm.text.workorder.overdue', 'alarm.text.backup.none-verified', 'alarm.text.backup.locations',
                                 'alarm.text.isp.link-down.circuit']
        texts[0] ==~ /Lệnh công việc $order đến hạn ngày \d\d\/\d\d\/\d{4} nhưng vẫn ở trạng thái Đã lập kế hoạch/
        texts[1] == "Điều 11 khoản 4: chưa có bản sao lưu đã kiểm tra của hoso-$tag"
        texts[2] == "Điều 11 khoản 3: hoso-$tag có bản sao đã kiểm tra ở 0 nơi, cần 2 nơi"
        texts[3] == "Đường truyền Internet VNPT kenh-$tag mất kết nối: mất 100% gói thăm dò"

        and: 'not one English word in them'
        EnglishWords.onlyEnglish().findAll { w -> texts.join(' ').toLowerCase().split(/[^\p{L}]+/).contains(w) } as List == []

        and: 'the API keeps the English text for other systems'
        raised[1].message() == "Art. 11.4: no verified backup of hoso-$tag"
    }

    String state(long id) {
        driver.findElement(By.cssSelector("#alarm-${id} td.state")).getAttribute('data-state')
    }

    List<String> rowIds() {
        driver.findElements(By.cssSelector('#alarm-rows tr')).collect { it.getAttribute('id') }.findAll { it }
    }

    WebDriverWait wait(int seconds) {
        Browser.waiting(driver, seconds).ignoring(org.openqa.selenium.StaleElementReferenceException) as WebDriverWait
    }
}
