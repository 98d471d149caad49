package vn.dcim.web.maintenance

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.openqa.selenium.Dimension
import spock.util.concurrent.PollingConditions
import vn.dcim.core.account.Role
import vn.dcim.core.asset.Asset
import vn.dcim.core.asset.AssetKind
import vn.dcim.core.asset.AssetRepository
import vn.dcim.core.asset.AssetStatus
import vn.dcim.core.asset.Criticality
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.maintenance.NewWorkOrder
import vn.dcim.core.maintenance.WorkOrderKind
import vn.dcim.core.maintenance.WorkOrderRepository
import vn.dcim.core.maintenance.WorkOrderStatus
import vn.dcim.core.maintenance.WorkOrders
import vn.dcim.core.maintenance.Worker
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.telemetry.Reading
import vn.dcim.core.telemetry.ReadingSink
import vn.dcim.web.testing.TestUsers
import vn.dcim.web.ui.pages.Browser
import vn.dcim.web.ui.pages.BrowserSpec
import vn.dcim.web.ui.pages.WorkOrdersPage

import java.time.Clock
import java.time.Instant
import java.time.LocalDate

/**
 * What the shift leader reads on a work-order card before signing it off (Art. 14.4): the technician's note, and
 * the readings in words: a state as its word from the metric's value map ("đang chạy", not 6), an amount of
 * memory in GiB, the device by its name and its table's row as "(số 1)", never "[1]". The technician is offered
 * a state as words too.
 */
@MicronautTest(transactional = false)
class SignOffCardSpec extends BrowserSpec {
    @Inject TestUsers users
    @Inject Clock clock
    @Inject SiteRepository sites
    @Inject AssetRepository assets
    @Inject MonitoredDeviceRepository devices
    @Inject ReadingSink sink
    @Inject WorkOrderRepository orders
    @Inject WorkOrders workOrders

    def "the shift leader reads the technician's note and the readings as words on the card, then signs it off"() {
        given: 'a generator whose controller reads running (6) on source 2 (3), and its server 25276510208 B of memory'
        sites.save(new Site('signoff', 'Sign-off site', null, null))
        def gen = assets.save(new Asset(null, 'signoff', null, null, null, null, null, AssetKind.generator, 'Máy phát điện 1',
                'SO-GEN', null, null, null, AssetStatus.in_service, Criticality.high, null, null, null, null, null, null, null, null))
        devices.save(MonitoredDevice.snmpV2c('so-gen', 'signoff', gen.id(), 'Máy phát điện 1', '127.0.0.1', 161, 'public'))
        def read = Instant.now().minusSeconds(60)
        sink.record([new Reading(read, 'so-gen', 'gen.state', '0', 6d, 'running', null),
                     Reading.of(read, 'so-gen', 'ats.selected', '0', 3, null),
                     Reading.of(read, 'so-gen', 'host.memory.size', '1', 25276510208d, 'B')])
        def supervisor = new Worker('ts.chi', null, true)
        long id = workOrders.create(new NewWorkOrder('Bảo dưỡng máy phát', WorkOrderKind.corrective, 'so-gen', null,
                LocalDate.now(clock).plusDays(1), 'Tổ B'), supervisor).id()
        users.person('kt.dung', 'Kỹ thuật viên Dũng', [Role.maintenance] as Set, 'Tổ B')
        users.person('ts.chi', 'Trưởng ca Chi', [Role.supervisor] as Set)

        when: 'the technician opens the order on a phone'
        driver.manage().window().setSize(new Dimension(390, 844))
        Browser.signIn(driver, server.URL, 'kt.dung', TestUsers.PASSWORD)
        def page = new WorkOrdersPage(driver, server.URL).open()

        then: 'the generator\'s state is offered as words, the device by its name, the memory row as "(số 1)"'
        page.choice(id, 'gen.state') == 'đang chạy'
        page.choice(id, 'ats.selected') == 'nguồn 2 (máy phát)'
        page.cardText(id).contains('Máy phát điện 1 (số 1)')
        !page.cardText(id).contains('[1]')

        when: 'they start, then finish, choosing the state they saw and writing what they did'
        page.next(id)
        page.open().choose(id, 'gen.state', 'chạy không tải').notes(id, 'Đã thay lọc dầu, máy chạy êm').next(id)

        then:
        page.status(id) == 'done'

        when: 'the shift leader opens the work orders to sign it off'
        driver.manage().deleteAllCookies()
        driver.manage().window().setSize(new Dimension(1366, 768))
        Browser.signIn(driver, server.URL, 'ts.chi', TestUsers.PASSWORD)
        new PollingConditions(timeout: 30, delay: 1).eventually {
            page.open()
            assert page.shown(id)
        }
        String card = page.cardText(id)
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("document.getElementById('wo-$id').scrollIntoView()")
        new vn.dcim.web.ui.pages.AnyScreen(driver, server.URL).screenshot('work-order-sign-off')
        List<String> rows = page.readingRows(id)

        then: 'the note is there, and every reading is in words'
        page.note(id) == 'Đã thay lọc dầu, máy chạy êm'
        rows.any { it.contains('Trạng thái máy phát') && it.contains('đang chạy') }
        rows.any { it.contains('Trạng thái máy phát') && it.contains('chạy không tải') }
        rows.findAll { it.contains('Nguồn đang chọn') }.every { it.contains('nguồn 2 (máy phát)') }
        rows.any { it.contains('Dung lượng bộ nhớ (số 1)') && it.contains('23,5 GiB') }
        !(card =~ /(Trạng thái máy phát|Nguồn đang chọn|Kết nối được) \d|\[1\]|25276510208|null/)

        when: 'they sign it off'
        page.next(id)

        then:
        orders.findById(id).get().status() == WorkOrderStatus.verified
        orders.findById(id).get().verifiedBy() == 'ts.chi'
        Browser.policyViolations(driver) == []
    }
}
