package vn.dcim.web.ui.cabling

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.account.Role
import vn.dcim.core.asset.AssetRepository
import vn.dcim.core.cabling.Cabling
import vn.dcim.web.testing.TestUsers
import vn.dcim.web.ui.pages.Browser
import vn.dcim.web.ui.pages.BrowserSpec
import vn.dcim.web.ui.pages.CablingPages
import vn.dcim.web.ui.pages.PortCablingPage

/**
 * The asset manager (the role that registers and cables equipment) registers a Dell PowerEdge R650 in rack
 * A01 of the demo from its device type, then cables its two power supplies to the rack's two PDUs and its
 * NIC1 through the rack's patch panel to the core switch, from the ports' rows, in Chromium. Every click,
 * choice and submit is counted: the cabling takes at most 10.
 */
@MicronautTest(transactional = false)
class CableFromPortBrowserSpec extends BrowserSpec {
    @Inject TestUsers users
    @Inject AssetRepository assets
    @Inject Cabling cabling

    @Override
    Map<String, String> extraProperties() { ['dcim.demo.enabled': 'true', 'dcim.demo.agents.enabled': 'false'] }

    def "a server made from its type is cabled (2 supplies, 1 NIC through the patch panel to the switch) in at most 10 interactions"() {
        given: 'the asset manager, signed in; rack A01 of the demo holds PDU A01-A and A01-B, the patch panel and the core switch'
        Browser.signIn(driver, server.URL, users.person('pham-thi-ts', 'Phạm Thị Tài Sản', EnumSet.of(Role.asset_manager)), TestUsers.PASSWORD)
        def sw = assets.findByLabelCode('DEMO-SW-01').orElseThrow()
        def page = new PortCablingPage(driver, server.URL)

        when: 'a server is registered from its device type'
        page.newAsset()
        long id = page.registerFromType('dell-poweredge-r650', 'Máy chủ ứng dụng 07', 'SPEC-SRV-07', "demo|${sw.roomId()}|${sw.rackId()}", 20)
        int registering = page.count()

        then: 'it has the five ports of a PowerEdge R650 at once'
        cabling.portsOf(id)*.name() == ['NIC1', 'NIC2', 'iDRAC', 'PSU1', 'PSU2']
        assets.findById(id).orElseThrow().with { [vendor(), model(), kind().name(), heightU()] } == ['Dell', 'PowerEdge R650', 'server', 1]
        registering <= 5

        when: 'from its page, each port is connected from its own row; the panel rear is connected from the panel'
        String link = page.openPorts()
        def psu1 = page.connect('PSU1', 'PDU A01-A', '1')
        def psu2 = page.connect('PSU2', 'PDU A01-B', '1')
        def nic = page.connect('NIC1', 'Thanh đấu nối (patch panel)', '1 (mặt trước)')
        page.followFarEnd('NIC1')
        def rear = page.connect('R1', 'Chuyển mạch lõi 01', 'Gi1/0/1')
        int cablingSteps = page.count() - registering
        println "registering: ${registering} ${page.interactions.take(registering)}; typed ${page.typed}"
        println "cabling: ${cablingSteps} ${page.interactions.drop(registering)}"

        then: 'the likeliest far end was the one wanted each time: no choice had to be made'
        link.contains('5')
        psu1 == ['PDU A01-A · cùng tủ · còn 24 cổng trống', '1', 'power_c13']
        psu2[0].startsWith('PDU A01-B') && psu2[1] == '1'
        nic[0].startsWith('Thanh đấu nối (patch panel)') && nic[1] == '1 (mặt trước)' && nic[2] == 'cat6a'
        rear[0].startsWith('Chuyển mạch lõi 01') && rear[1] == 'Gi1/0/1'
        page.connectErrors() == ''

        and: 'at most 10 interactions for the cabling'
        cablingSteps <= 10

        and: 'the panel says which side each port is on'
        page.rowCells('R1')[0] == 'R1 (mặt sau)'
        page.rowCells('1')[0] == '1 (mặt trước)'
        page.rowCells('1')[4] == 'Máy chủ ứng dụng 07 · NIC1'

        when: 'NIC1 is traced'
        def path = page.trace(cabling.portsOf(id).find { it.name() == 'NIC1' }.id())

        then: 'it reaches the switch through the panel, front to rear'
        path == ['Máy chủ ứng dụng 07|NIC1', 'Thanh đấu nối (patch panel)|1', 'Thanh đấu nối (patch panel)|R1', 'Chuyển mạch lõi 01|Gi1/0/1']
    }

    def "the form under the ports connects one cable by default, labelled as typed; a bundle is still one form away"() {
        given: 'the asset manager, signed in, on the cabling screen'
        Browser.signIn(driver, server.URL, users.person('pham-thi-ts', 'Phạm Thị Tài Sản', EnumSet.of(Role.asset_manager)), TestUsers.PASSWORD)
        def page = new CablingPages(driver, server.URL).open()

        when: 'the count is left as the form offers it'
        String made = page.connectTrunk('Chuyển mạch truy cập 01', 'Gi1/0/2', 'Máy chủ dự phòng', 'NIC2', null, 'SW02-SRV04')
        def sw = cabling.portsOf(assets.findByLabelCode('DEMO-SW-02').orElseThrow().id())
        def on = cabling.cablesOn(sw)

        then: 'one cable, its label the one typed (not a prefix numbered 01)'
        made.contains('1')
        on.values()*.display() == ['SW02-SRV04']

        when: 'a bundle of three'
        String bundle = page.connectTrunk('Chuyển mạch truy cập 01', 'Gi1/0/10', 'Chuyển mạch lõi 01', 'Gi1/0/10', 3, 'B-')

        then:
        bundle.contains('3')
        cabling.cablesOn(cabling.portsOf(assets.findByLabelCode('DEMO-SW-02').orElseThrow().id())).values()*.display().sort() ==
                ['B-01', 'B-02', 'B-03', 'SW02-SRV04']
    }

    def cleanup() {
        assert Browser.policyViolations(driver) == []
    }
}
