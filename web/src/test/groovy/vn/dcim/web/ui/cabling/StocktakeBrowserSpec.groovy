package vn.dcim.web.ui.cabling

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import com.google.zxing.BarcodeFormat
import com.google.zxing.client.j2se.MatrixToImageWriter
import com.google.zxing.qrcode.QRCodeWriter
import org.openqa.selenium.Dimension
import vn.dcim.core.asset.AssetRepository
import vn.dcim.core.site.RoomRepository
import vn.dcim.web.ui.pages.SignedInBrowserSpec
import vn.dcim.web.ui.pages.StocktakePage

/**
 * as the reviewer checks it, in a phone-size Chromium: a stock-take of the demo's server room
 * where labels are typed for assets present, one from another room and one unknown; closed, the page
 * lists the missing ones.
 */
@MicronautTest(transactional = false)
class StocktakeBrowserSpec extends SignedInBrowserSpec {
    @Inject RoomRepository rooms
    @Inject AssetRepository assets

    @Override
    Map<String, String> extraProperties() { ['dcim.demo.enabled': 'true', 'dcim.demo.agents.enabled': 'false'] }

    def "a stock-take of the server room on a phone: found, misplaced, unknown, then the missing ones"() {
        given: 'a phone-size window'
        driver.manage().window().setSize(new Dimension(390, 844))
        long serverRoom = rooms.findBySiteIdOrderByName('demo').find { it.name() == 'Phòng máy chủ' }.id()
        def page = new StocktakePage(driver, server.URL)

        when: 'the asset manager opens it and the crew stands at rack A01'
        page.openStocktake('Kiểm kê phòng máy chủ 2026', serverRoom)
        String where = page.standAt('A01')

        then:
        where.contains('Phòng máy chủ')
        where.contains('A01')

        when: 'they type the labels they see'
        def present = page.scan('DEMO-SW-01')
        def present2 = page.scan('DEMO-FW-01')
        def elsewhere = page.scan('DEMO-UPS-01')
        def unknown = page.scan('KHONG-CO-123')

        then: 'each answer comes at once'
        present[0] == 'found'
        present2[0] == 'found'
        elsewhere[0] == 'misplaced'
        elsewhere[1].contains('Phòng nguồn')
        unknown[0] == 'unknown'

        and: 'the room’s progress counts them'
        page.progress(serverRoom, ['2', '1', '1'])[1..3] == ['2', '1', '1']

        and: 'nothing scrolls sideways on the phone'
        page.horizontalOverflow() <= 0 || page.tooWide() == []

        when: 'the stock-take is closed'
        page.close()

        then: 'the page lists the missing assets of the room'
        page.missing(serverRoom).any { it.startsWith('DEMO-SRV-01') }
        page.missing(serverRoom).any { it.startsWith('DEMO-CAM-01') }
        !page.missing(serverRoom).any { it.startsWith('DEMO-SW-01') }
    }

    def "on a phone whose browser has no BarcodeDetector the camera still scans, and a misplaced asset is moved here"() {
        given: 'a phone-size window and a label in front of the camera'
        driver.manage().window().setSize(new Dimension(390, 844))
        long serverRoom = rooms.findBySiteIdOrderByName('demo').find { it.name() == 'Phòng máy chủ' }.id()
        def page = new StocktakePage(driver, server.URL)
        def png = new ByteArrayOutputStream()
        MatrixToImageWriter.writeToStream(new QRCodeWriter().encode('DEMO-SW-01', BarcodeFormat.QR_CODE, 240, 240), 'PNG', png)
        page.openStocktake('Kiểm kê bằng camera', serverRoom)
        page.standAt('A01')

        when: 'the camera sees the label'
        def seen = page.cameraShows(png.toByteArray().encodeBase64().toString())

        then: 'the frames read on the server found it'
        seen[0] == 'found'
        seen[1].contains('DEMO-SW-01')

        when: 'a label from the power room is typed'
        def elsewhere = page.scan('DEMO-UPS-02')

        then: 'the asset manager is offered to move it here, into rack A01 at a U'
        elsewhere[0] == 'misplaced'
        page.moveOffered()
        page.asksForU()

        when: 'moved without a U: the UPS had none, so the page says one is needed'
        String refused = page.moveRefused()

        then:
        !refused.isBlank()
        assets.findByLabelCode('DEMO-UPS-02').orElseThrow().roomId() != serverRoom

        when:
        String outcome = page.moveHere(20)

        then:
        outcome == 'moved'
        !page.moveOffered()
        with(assets.findByLabelCode('DEMO-UPS-02').orElseThrow()) {
            roomId() == serverRoom
            positionU() == 20
            rackId() != null
        }

        when: 'the camera has gone on showing the label it read first, for three more frames read on the server'
        page.waitForFrames(3)

        then: 'that label was scanned once: nothing replaced the answer on the screen'
        page.answer()[0] == 'moved'
    }
}
