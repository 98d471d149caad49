package vn.dcim.web.ui.rack

import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.telemetry.Reading
import vn.dcim.core.telemetry.ReadingSink
import vn.dcim.web.testing.ApiSeed
import vn.dcim.web.ui.pages.RackPages
import vn.dcim.web.ui.pages.Browser
import vn.dcim.web.ui.pages.SignedInBrowserSpec

import java.time.Instant

/**
 * Racks and rooms: /ui/racks lists racks with their capacity, a rack's elevation shows
 * front and rear with clickable equipment and free U, the room's floor plan colours racks by inlet
 * temperature or power use; none of these pages scrolls sideways on a phone.
 */
@MicronautTest(transactional = false)
class RackScreensSpec extends SignedInBrowserSpec {
    @Inject @Client('/') HttpClient client
    @Inject MonitoredDeviceRepository devices
    @Inject ReadingSink sink

    @Shared Map place = [:]

    Map post(String uri, Map body) {
        new ApiSeed(client).post(uri, body)
    }

    /** A room with two racks on its floor plan: R01 warm and at 90 % of its budget, R02 with nothing measured. */
    def setup() {
        if (place) {
            return
        }
        def seeded = new ApiSeed(client).serverRoom('rk-', 'TTTHDL Hà Giang', [coolingCapacityKw: 12])
        String tag = seeded.tag
        String siteId = seeded.site
        place.room = seeded.room
        place.r1 = post('/api/racks', [roomId: place.room.id, name: 'R01', heightU: 42, gridRow: 1, gridPosition: 1, powerBudgetKw: 5])
        place.r2 = post('/api/racks', [roomId: place.room.id, name: 'R02', heightU: 42, gridRow: 2, gridPosition: 3, powerBudgetKw: 5])
        place.server = post('/api/assets', [siteId: siteId, kind: 'server', name: 'Máy chủ web', labelCode: 'HG-S-' + tag,
                                            rackId: place.r1.id, positionU: 10, heightU: 2])
        place.panel = post('/api/assets', [siteId: siteId, kind: 'other', name: 'Thanh đấu nối', labelCode: 'HG-P-' + tag,
                                           rackId: place.r1.id, positionU: 40, heightU: 1, face: 'rear'])
        def pdu = post('/api/assets', [siteId: siteId, kind: 'pdu', name: 'PDU A', labelCode: 'HG-D-' + tag, rackId: place.r1.id,
                                       positionU: 1, heightU: 1, face: 'rear'])
        def probe = post('/api/assets', [siteId: siteId, kind: 'sensor', name: 'Đầu dò nhiệt', labelCode: 'HG-E-' + tag,
                                         rackId: place.r1.id, positionU: 42, heightU: 1])
        place.pduDevice = 'pdu-' + tag.toLowerCase()
        place.probeDevice = 'env-' + tag.toLowerCase()
        devices.save(MonitoredDevice.mqtt(place.pduDevice, siteId, pdu.id as Long, 'PDU A'))
        devices.save(MonitoredDevice.mqtt(place.probeDevice, siteId, probe.id as Long, 'Đầu dò nhiệt'))
        sink.record([Reading.of(Instant.now(), place.pduDevice, 'pdu.power', '1', 4500, 'W'),
                     Reading.of(Instant.now(), place.probeDevice, 'env.temperature', '1', 26.0, '°C')])
    }

    def "/ui/racks lists every rack with U, power against its budget and inlet temperature, and the room's totals"() {
        when:
        def pages = new RackPages(driver, server.URL).racks()
        def r1 = pages.rackRow(place.r1.id)
        def r2 = pages.rackRow(place.r2.id)

        then: 'R01: 2U server, the panel, the PDU and the probe take 5 U; 4.5 of 5 kW; 26 °C'
        r1[0] == 'R01'
        r1[1] == 'dãy 1 · vị trí 1'
        r1[2] == '5 / 42 U · còn trống 37 U'
        r1[3] == '4.50 / 5.00 kW (90.0 %)'
        r1[4] == '26.0 °C'
        pages.cellClass(place.r1.id, 'power').contains('heat-hot')
        pages.cellClass(place.r1.id, 'inlet').contains('heat-warm')

        and: 'R02 has nothing measured: shown as unknown, not as zero'
        r2[3] == '— / 5.00 kW'
        r2[4] == '—'
        pages.cellClass(place.r2.id, 'inlet').contains('heat-unknown')

        and: 'the room: space of both racks, power against both budgets, heat against its cooling'
        pages.roomTotals(place.room.id).contains('5 / 84 U')
        pages.roomTotals(place.room.id).contains('4.50 kW / 10.00 kW (45.0 %)')
        pages.roomTotals(place.room.id).contains('4.50 kW / 12.00 kW (37.5 %)')
    }

    def "a rack's elevation shows front and rear, free U, and its equipment opens the asset page"() {
        when:
        def pages = new RackPages(driver, server.URL).racks().openRack(place.r1.id)

        then: 'capacity above the elevation'
        pages.text('heading') == 'Tủ rack R01'
        pages.text('rack-used') == '5 / 42 U'
        pages.text('rack-free') == 'còn trống 37 U'
        pages.text('rack-inlet') == '26.0 °C'

        and: 'the server in front at U10–11, the panel behind U40, U12 free on both faces'
        pages.unit(10)[0][0] == 'Máy chủ web (2U)'
        pages.unit(10)[0][1].contains('used')
        pages.unit(11)[0][1].contains('used')
        pages.unit(40)[1][0] == 'Thanh đấu nối (1U)'
        pages.unit(40)[0][1] == 'free'
        pages.unit(12)*.get(1) == ['free', 'free']

        and: 'the probe and the PDU link to their readings'
        driver.findElement(org.openqa.selenium.By.cssSelector('#u-42 a.device-link')).getAttribute('href')
                .endsWith("/ui/devices/${place.probeDevice}")
        driver.findElement(org.openqa.selenium.By.cssSelector('#u-1 td:nth-child(3) a.device-link')).getAttribute('href')
                .endsWith("/ui/devices/${place.pduDevice}")

        when:
        pages.slotLink(10, 'front').click()

        then:
        driver.currentUrl.endsWith("/ui/assets/${place.server.id}")
        driver.findElement(org.openqa.selenium.By.id('asset-name')).text == 'Máy chủ web'
    }

    def "the room's floor plan places racks by row and position, coloured by inlet temperature or by power"() {
        when:
        def pages = new RackPages(driver, server.URL).open("/ui/rooms/${place.room.id}")

        then: 'R01 at row 1 position 1, R02 at row 2 position 3: a 2 x 3 grid'
        driver.findElements(org.openqa.selenium.By.cssSelector('#floor tr')).size() == 2
        driver.findElements(org.openqa.selenium.By.cssSelector('#floor tr:nth-child(2) td'))[2].getAttribute('id') == "spot-${place.r2.id}"
        pages.spotClass(place.r1.id).contains('heat-warm')
        pages.spotText(place.r1.id).contains('26.0 °C')
        pages.spotClass(place.r2.id).contains('heat-unknown')
        pages.text('room-cooling') == '4.50 / 12.00 kW (37.5 %)'

        when:
        driver.findElement(org.openqa.selenium.By.id('by-power')).click()
        Browser.waiting(driver, 10).until { driver.currentUrl.contains('by=power') }

        then:
        pages.spotClass(place.r1.id).contains('heat-hot')
        pages.spotText(place.r1.id).contains('4.5 kW')
    }

    def "#path does not scroll sideways at a phone's width"() {
        when:
        new RackPages(driver, server.URL).open(path.replace('ROOM', place.room.id as String).replace('RACK', place.r1.id as String))

        then:
        !RackPages.overflowsAtPhoneWidth(driver)

        where:
        path << ['/ui/racks', '/ui/racks/RACK', '/ui/rooms/ROOM']
    }

    def "an asset manager moves a rack on the floor plan and sets its budget from its page; a taken spot is refused naming the field"() {
        given:
        def r3 = post('/api/racks', [roomId: place.room.id, name: 'R03', heightU: 42])
        def pages = new RackPages(driver, server.URL).open("/ui/racks/${r3.id}")

        when: 'the spot of R01 is asked for'
        pages.editRack(42, 1, 1, 3.5)

        then:
        pages.editErrors().contains('gridPosition')

        when: 'a free spot'
        pages.editRack(42, 1, 2, 3.5)
        pages.open("/ui/rooms/${place.room.id}")

        then:
        driver.findElements(org.openqa.selenium.By.cssSelector('#floor tr:nth-child(1) td'))[1].getAttribute('id') == "spot-${r3.id}"
        client.toBlocking().retrieve("/api/racks/${r3.id}", Map).powerBudgetKw == 3.5
    }

    def "the placement form is offered only to those who may change racks"() {
        when:
        def asOperator = new vn.dcim.web.testing.Calls(server.URL).get("/ui/racks/${place.r1.id}",
                users.token(EnumSet.of(vn.dcim.core.account.Role.operator)), [Accept: 'text/html,*/*;q=0.8'])
        def asManager = new vn.dcim.web.testing.Calls(server.URL).get("/ui/racks/${place.r1.id}",
                users.token(EnumSet.of(vn.dcim.core.account.Role.asset_manager)), [Accept: 'text/html,*/*;q=0.8'])

        then:
        asOperator.status == 200
        !asOperator.text.contains('id="rack-edit"')
        asManager.text.contains('id="rack-edit"')
    }
}
