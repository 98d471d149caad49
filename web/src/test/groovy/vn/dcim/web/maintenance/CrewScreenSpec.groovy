package vn.dcim.web.maintenance

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.openqa.selenium.Dimension
import vn.dcim.core.account.CredentialRepository
import vn.dcim.core.account.Role
import vn.dcim.core.account.UserAccounts
import vn.dcim.core.asset.Asset
import vn.dcim.core.asset.AssetKind
import vn.dcim.core.asset.AssetRepository
import vn.dcim.core.asset.AssetStatus
import vn.dcim.core.asset.Criticality
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.maintenance.MaintenancePlanRepository
import vn.dcim.core.maintenance.WorkOrder
import vn.dcim.core.maintenance.WorkOrderRepository
import vn.dcim.core.maintenance.WorkOrderStatus
import vn.dcim.core.maintenance.WorkOrders
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
 * Art. 14.4 on the crew's phone: the readings before and after the work are a form pre-filled from
 * the device, confirmed or corrected by the crew; another person signs the work off (four-eyes).
 */
@MicronautTest(transactional = false)
class CrewScreenSpec extends BrowserSpec {
    @Inject UserAccounts accounts
    @Inject CredentialRepository credentials
    @Inject Clock clock
    @Inject SiteRepository sites
    @Inject AssetRepository assets
    @Inject MonitoredDeviceRepository devices
    @Inject ReadingSink sink
    @Inject MaintenancePlanRepository plans
    @Inject WorkOrderRepository orders
    @Inject WorkOrders workOrders

    def "on a phone a crew member records readings before and after the work; they may not sign it off, another person does"() {
        given: 'a UPS whose battery charge and load were read a minute ago, and an order for it'
        sites.save(new Site('crew', 'Crew site', null, null))
        def ups = assets.save(new Asset(null, 'crew', null, null, null, null, null, AssetKind.ups, 'UPS tầng 2', 'CREW-UPS', null,
                null, null, AssetStatus.in_service, Criticality.high, null, null, null, null, null, null, null, null))
        devices.save(MonitoredDevice.snmpV2c('crew-ups', 'crew', ups.id(), 'UPS tầng 2', '127.0.0.1', 161, 'public'))
        def firstRead = Instant.now().minusSeconds(60)
        sink.record([Reading.of(firstRead, 'crew-ups', 'ups.battery.charge', '0', 95, '%'),
                     Reading.of(firstRead, 'crew-ups', 'ups.output.load', '0', 40, '%')])
        def plan = plans.findAll().find { it.code() == 'ups-battery-test' }
        def order = orders.save(WorkOrder.planned(plan.id(), ups.id(), LocalDate.now(clock).plusDays(5)))

        and: 'a crew member who is also a shift supervisor, and another supervisor'
        person('kt.an', [Role.maintenance, Role.supervisor] as Set, 'Tổ A')
        person('ts.binh', [Role.supervisor] as Set, null)

        when: 'the crew member takes the order on a phone-sized window'
        driver.manage().window().setSize(new Dimension(390, 844))
        Browser.signIn(driver, server.URL, 'kt.an', TestUsers.PASSWORD)
        def page = new WorkOrdersPage(driver, server.URL).open()
        page.next(order.id())

        then: 'the before form is pre-filled with the device\'s values and the time they were read'
        page.status(order.id()) == 'assigned'
        page.reading(order.id(), 'ups.battery.charge') == '95.0'
        page.readAt(order.id(), 'ups.battery.charge').startsWith('đo lúc ')

        when: 'the crew corrects the load, confirms the charge and starts'
        page.enter(order.id(), 'ups.output.load', '42').next(order.id())

        and: 'after the work the device reads again; the after form offers the new value'
        sink.record([Reading.of(Instant.now().plusSeconds(1), 'crew-ups', 'ups.battery.charge', '0', 100, '%')])
        page.open()
        def afterCharge = page.reading(order.id(), 'ups.battery.charge')
        def staleLoad = page.readAt(order.id(), 'ups.output.load')
        page.notes(order.id(), 'Đã thay 2 bình ắc quy').next(order.id())
        def rows = workOrders.readingsOf(order.id())

        then:
        afterCharge == '100.0'
        staleLoad.contains('trước khi bắt đầu')
        page.status(order.id()) == 'done'
        page.statusText(order.id()) == 'Đã hoàn thành'
        rows.collect { [it.phase().name(), it.metric(), it.value(), it.source().name()] } == [
                ['before', 'ups.battery.charge', 95d, 'device'], ['before', 'ups.output.load', 42d, 'crew'],
                ['after', 'ups.battery.charge', 100d, 'device'], ['after', 'ups.output.load', 40d, 'crew']]
        rows[0].readAt() < rows[2].readAt()
        page.readingRows(order.id()).size() == 4

        when: 'the one who did the work signs it off'
        page.next(order.id())

        then: 'four-eyes: refused, said in Vietnamese'
        page.refusal().contains('người khác phải ký nghiệm thu')
        orders.findById(order.id()).get().status() == WorkOrderStatus.done

        when: 'another supervisor signs it off'
        driver.manage().deleteAllCookies()
        Browser.signIn(driver, server.URL, 'ts.binh', TestUsers.PASSWORD)
        // the screen opened once the new session holds (a page opened during the sign-in's redirect is not the list)
        new spock.util.concurrent.PollingConditions(timeout: 30, delay: 1).eventually {
            page.open()
            assert page.shown(order.id())
        }
        page.next(order.id())

        then:
        orders.findById(order.id()).get().status() == WorkOrderStatus.verified
        orders.findById(order.id()).get().verifiedBy() == 'ts.binh'
        !page.shown(order.id())
        Browser.policyViolations(driver) == []
    }

    /** An account whose holder already chose their password (the first-login change is tested on its own). */
    void person(String name, Set<Role> roles, String crew) {
        def made = accounts.create(new UserAccounts.NewUser(name, 'Spec ' + name, roles, TestUsers.PASSWORD, null, null, null, null, crew), 'spec')
        def c = credentials.findById(made.id()).get()
        credentials.update(c.withPassword(c.passwordHash(), clock.instant(), false))
    }
}
