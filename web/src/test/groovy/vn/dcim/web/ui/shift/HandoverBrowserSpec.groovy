package vn.dcim.web.ui.shift

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.openqa.selenium.By
import org.openqa.selenium.support.ui.WebDriverWait
import vn.dcim.core.account.Role
import vn.dcim.core.alarm.AlarmFilter
import vn.dcim.core.alarm.AlarmRaiser
import vn.dcim.core.alarm.AlarmSignal
import vn.dcim.core.alarm.Alarms
import vn.dcim.core.alarm.Severity
import vn.dcim.core.testing.Sql
import vn.dcim.web.testing.TestUsers
import vn.dcim.web.ui.pages.Browser
import vn.dcim.web.ui.pages.BrowserSpec
import vn.dcim.web.ui.pages.HandoverPage

import javax.sql.DataSource
import java.time.Duration

/**
 * The handover screen in a browser: the outgoing operator opens the pre-filled handover and writes notes,
 * signs out; the incoming operator signs in, reads it and accepts it; the operation log lists it.
 */
@MicronautTest(transactional = false)
class HandoverBrowserSpec extends BrowserSpec {
    @Inject TestUsers users
    @Inject DataSource dataSource
    @Inject AlarmRaiser raiser
    @Inject Alarms alarms

    def "the outgoing operator hands over, the incoming operator accepts on the screen"() {
        given:
        def outgoing = users.person('vu-van-g', 'Vũ Văn G', EnumSet.of(Role.operator))
        def incoming = users.person('do-thi-h', 'Đỗ Thị H', EnumSet.of(Role.operator))
        String device = 'hb-' + UUID.randomUUID().toString().take(6)
        def sql = new Sql(dataSource)
        sql.update("INSERT INTO site (id, name) VALUES (?, ?)", [device, device])
        sql.update("INSERT INTO monitored_device (id, site_id, name, protocol) VALUES (?, ?, 'UPS', 'snmp')", [device, device])
        raiser.raise(new AlarmSignal(device, 'ups-on-battery', '0', Severity.critical, 'Art. 30.8a', 'UPS on battery'))
        def alarm = alarms.list(new AlarmFilter('active', device, 'ups-on-battery', null, null), 1, 0)[0]
        Browser.signIn(driver, server.URL, outgoing, TestUsers.PASSWORD)

        when: 'the outgoing operator opens the handover'
        def page = new HandoverPage(driver, server.URL).open().openHandover()

        then: 'it is pre-filled, part by part, over the shift'
        page.heading() == 'Giao ca'
        page.draftParts().collect { it.replaceAll(/ \(\d+\)$/, '') } == ['Cảnh báo còn mở', 'Sự cố chưa đóng', 'Bảo trì đang thực hiện (cảnh báo bị chặn)',
                                                                         'Lệnh công việc đang thực hiện', 'Sự kiện trong ca']
        page.shiftSpan().startsWith('Ca trực từ ')

        and: 'its lines read in Vietnamese, the open alarm named as such, its severity in words'
        page.draftRows('openAlarms').any { ref, what -> ref == "Cảnh báo #${alarm.id()}" && what.startsWith('[Nghiêm trọng] ') }
        page.draftRows('openAlarms').every { ref, what -> !ref.startsWith('alarm ') && !what.contains('(ack ') }

        when: 'notes are written'
        long id = page.draftId()
        page.writeNotes('Điều hòa số 3 kêu to, đã báo bảo trì')

        then:
        page.notes() == 'Điều hòa số 3 kêu to, đã báo bảo trì'
        page.waiting().isEmpty()

        when: 'the incoming operator signs in and accepts'
        signOut()
        Browser.signIn(driver, server.URL, incoming, TestUsers.PASSWORD)
        def theirs = new HandoverPage(driver, server.URL).open()

        then:
        theirs.waiting().any { it.startsWith('Giao ca của Vũ Văn G') }
        theirs.waitingNotes(id) == 'Điều hòa số 3 kêu to, đã báo bảo trì'

        when:
        theirs.accept(id)

        then:
        theirs.acceptedNote() == "Đã nhận ca theo biên bản số $id."
        theirs.waiting().isEmpty()

        when: 'the operation log is searched for it'
        driver.get("${server.URL}/ui/operation-log?q=%C4%90i%E1%BB%81u+h%C3%B2a+s%E1%BB%91+3")
        def row = driver.findElement(By.id("handover-$id"))

        then:
        row.text.contains('vu-van-g') && row.text.contains('do-thi-h')
        driver.findElement(By.id('count')).text == 'Tìm thấy 1 biên bản giao ca'
        Browser.policyViolations(driver) == []
    }

    void signOut() {
        driver.findElement(By.cssSelector('#sign-out button')).click()
        Browser.waiting(driver, 10).until { it.currentUrl.contains('/login') }
    }
}
