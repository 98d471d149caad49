package vn.dcim.web.maintenance

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.asset.Asset
import vn.dcim.core.asset.AssetKind
import vn.dcim.core.asset.AssetRepository
import vn.dcim.core.asset.AssetStatus
import vn.dcim.core.asset.Criticality
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.maintenance.WorkOrderStatus
import vn.dcim.core.maintenance.WorkOrders
import vn.dcim.core.maintenance.Worker
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.web.ui.pages.SignedInBrowserSpec
import vn.dcim.web.ui.pages.WorkOrdersPage

import java.time.Clock
import java.time.LocalDate

/**
 * On the screen : a supervisor makes a work order for a device from the work-orders screen;
 * once signed off it leaves the open list and stays in the done filter and its equipment's history.
 */
@MicronautTest(transactional = false)
class WorkOrderFormSpec extends SignedInBrowserSpec {
    @Inject Clock clock
    @Inject SiteRepository sites
    @Inject AssetRepository assets
    @Inject MonitoredDeviceRepository devices
    @Inject WorkOrders workOrders

    def "a supervisor's order made on the screen is worked, signed off, and then found under 'done' and in its equipment's history"() {
        given: 'a UPS under monitoring'
        def ups = upsOnce()
        def page = new WorkOrdersPage(driver, server.URL).open()

        when: 'the supervisor creates it on the form'
        Long id = page.create('Thay quạt UPS tầng 3', 'corrective', 'device:wo-ui-ups',
                LocalDate.now(clock).plusDays(1).toString(), 'Tổ A')

        then: 'it is listed, assigned to its crew, with its kind and device'
        id != null
        page.status(id) == 'assigned'
        page.kindLine(id).contains('UPS tầng 3')
        page.kindLine(id).contains('Khắc phục sự cố')

        when: 'one person works it and another signs it off'
        def worker = new Worker('kt.lan', 'Tổ A', true)
        workOrders.move(id, WorkOrderStatus.in_progress, null, null, null, worker)
        workOrders.move(id, WorkOrderStatus.done, null, 'xong', null, worker)
        workOrders.move(id, WorkOrderStatus.verified, null, null, null, new Worker('ts.minh', null, true))

        then: 'gone from the open list, found under done and in the UPS\'s history'
        !page.open('open').shown(id)
        page.open('done').status(id) == 'verified'
        page.open('all', ups.id()).status(id) == 'verified'
    }

    def "a form without a due date from today on is refused with the reason, nothing is made"() {
        given:
        upsOnce()
        def page = new WorkOrdersPage(driver, server.URL).open()

        when:
        Long id = page.create('Quá hạn', 'planned', 'device:wo-ui-ups', LocalDate.now(clock).minusDays(1).toString(), '')

        then:
        id == null
        page.refusal().contains('hạn từ hôm nay')
    }

    private Asset upsOnce() {
        if (!sites.existsById('wo-ui')) {
            sites.save(new Site('wo-ui', 'Work order screen site', null, null))
            def made = assets.save(new Asset(null, 'wo-ui', null, null, null, null, null, AssetKind.ups, 'UPS tầng 3', 'WO-UI-UPS',
                    null, null, null, AssetStatus.in_service, Criticality.high, null, null, null, null, null, null, null, null))
            devices.save(MonitoredDevice.snmpV2c('wo-ui-ups', 'wo-ui', made.id(), 'UPS tầng 3', '127.0.0.1', 161, 'public'))
        }
        assets.findById(devices.findById('wo-ui-ups').get().assetId()).get()
    }
}
