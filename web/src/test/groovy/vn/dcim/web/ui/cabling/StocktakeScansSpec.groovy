package vn.dcim.web.ui.cabling

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.account.Role
import vn.dcim.core.asset.AssetRepository
import vn.dcim.core.site.RoomRepository
import vn.dcim.core.stocktake.NewScan
import vn.dcim.core.stocktake.Stocktakes
import vn.dcim.web.testing.TestUsers
import vn.dcim.web.ui.pages.BrowserSpec
import vn.dcim.web.ui.pages.AnyScreen
import vn.dcim.web.ui.pages.Browser
import vn.dcim.web.ui.pages.StocktakePage

/**
 * The asset manager's desk during a stock-take of the demo's server room: each room lists its scans, not only
 * their counts, with what each said and where the asset is registered; a misplaced one is moved here from its
 * row, which says so at once, and the room's progress counts it as found.
 */
@MicronautTest(transactional = false)
class StocktakeScansSpec extends BrowserSpec {
    @Inject TestUsers users
    @Inject RoomRepository rooms
    @Inject AssetRepository assets
    @Inject Stocktakes stocktakes

    @Override
    Map<String, String> extraProperties() { ['dcim.demo.enabled': 'true', 'dcim.demo.agents.enabled': 'false'] }

    def "the asset manager reads the server room's scans and moves the misplaced UPS here from its row"() {
        given: 'a stock-take of the server room, where the crew scanned a switch, the power room\'s UPS and an unknown label'
        long serverRoom = rooms.findBySiteIdOrderByName('demo').find { it.name() == 'Phòng máy chủ' }.id()
        long id = stocktakes.open('demo', 'Kiểm kê cuối năm', [serverRoom], 'spec').id()
        ['DEMO-SW-01', 'DEMO-UPS-01', 'KHONG-CO-123'].eachWithIndex { String code, int i ->
            stocktakes.scan(id, new NewScan("scan-$i", serverRoom, null, code, null), 'kt.em')
        }

        when: 'the asset manager opens it at a desk'
        Browser.signIn(driver, server.URL, users.account(EnumSet.of(Role.asset_manager)), TestUsers.PASSWORD)
        new AnyScreen(driver, server.URL).open("/ui/stocktakes/$id", 1366, 768)
        def page = new StocktakePage(driver, server.URL).open(id)
        def scans = page.scansIn(serverRoom)

        then: 'each scan with its asset, what it said and where the asset is registered'
        scans.size() == 3
        scans.find { it[0] == 'DEMO-SW-01' }[2] == 'đúng chỗ'
        scans.find { it[0] == 'DEMO-UPS-01' }[2] == 'sai chỗ'
        scans.find { it[0] == 'DEMO-UPS-01' }[4] == 'Phòng nguồn'
        scans.find { it[0] == 'KHONG-CO-123' }[1] == '—'
        scans.find { it[0] == 'KHONG-CO-123' }[2] == 'không rõ mã'
        scans.every { it[5].startsWith('kt.em · ') && it[5] =~ /\d\d\/\d\d\/\d{4} \d\d:\d\d/ }

        and: 'only the misplaced one is offered "move it here"'
        page.moveOfferedIn(serverRoom, 'DEMO-UPS-01')
        !page.moveOfferedIn(serverRoom, 'DEMO-SW-01')
        !page.moveOfferedIn(serverRoom, 'KHONG-CO-123')

        and: 'the page fits the desk'
        page.horizontalOverflow() <= 0 || page.tooWide() == []

        when: 'they move it here from its row'
        String said = page.moveHereFromList(serverRoom, 'DEMO-UPS-01')
        new AnyScreen(driver, server.URL).screenshot('stocktake-scans-moved')

        then: 'the row says it moved, the UPS is registered in the server room, and the room counts it found'
        said == 'đã chuyển về đây'
        page.scansIn(serverRoom).find { it[0] == 'DEMO-UPS-01' }[4] == 'Phòng máy chủ'
        driver.findElement(org.openqa.selenium.By.cssSelector("#st-scans-$serverRoom summary")).text == 'Phòng máy chủ (3 lần quét)'
        !page.moveOfferedIn(serverRoom, 'DEMO-UPS-01')
        assets.findByLabelCode('DEMO-UPS-01').orElseThrow().roomId() == serverRoom
        page.progress(serverRoom, ['2', '0', '1'])[1..3] == ['2', '0', '1']
        Browser.policyViolations(driver) == []
    }
}
