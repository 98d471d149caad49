package vn.dcim.web.ui.cabling

import io.micronaut.core.type.Argument
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.openqa.selenium.Dimension
import spock.lang.Shared
import vn.dcim.core.asset.AssetRepository
import vn.dcim.web.ui.pages.CablingPages
import vn.dcim.web.ui.pages.SignedInBrowserSpec

/**
 * as the reviewer checks it: a trunk of patch-panel ports connected in one form, the trace
 * from a server's NIC through two panels to the switch port, and power to the outlet: the outage of
 * one PDU darkens one server and leaves the other on one feed; the single-feed report names the one
 * whose two supplies share a PDU.
 */
@MicronautTest(transactional = false)
class CablingBrowserSpec extends SignedInBrowserSpec {
    @Inject @Client('/') HttpClient client
    @Inject AssetRepository assets
    @Shared Map ports = [:]

    @Override
    Map<String, String> extraProperties() { ['dcim.demo.enabled': 'true', 'dcim.demo.agents.enabled': 'false'] }

    Object post(String uri, Object body) {
        client.toBlocking().retrieve(HttpRequest.POST(uri, body), Object)
    }

    /** The asset's ports by name: the demo's equipment and the panel registered below have their type's ports already. */
    Map<String, Map> portsOf(String label) {
        long id = assets.findByLabelCode(label).orElseThrow().id()
        client.toBlocking().retrieve(HttpRequest.GET("/api/ports?assetId=$id"), Argument.listOf(Map)).collectEntries { [(it.display): it] }
    }

    def setup() {
        if (ports || assets.findByLabelCode('DEMO-PP-02').isPresent()) {
            return
        }
        def srv = assets.findByLabelCode('DEMO-SRV-01').orElseThrow()
        post('/api/assets', [siteId: 'demo', roomId: srv.roomId(), rackId: srv.rackId(), positionU: 40, heightU: 1, face: 'rear',
                             kind: 'other', name: 'Thanh đấu nối A02', labelCode: 'DEMO-PP-02', vendor: 'Generic', model: 'Patch panel Cat6 24p'])
        ['DEMO-PP-01', 'DEMO-PP-02', 'DEMO-SW-01', 'DEMO-SRV-01', 'DEMO-SRV-02', 'DEMO-PDU-A02A', 'DEMO-PDU-A02B'].each { ports[it] = portsOf(it) }
        post('/api/cables', [aPortId: ports['DEMO-SW-01']['Gi1/0/7'].id, bPortId: ports['DEMO-PP-01']['7'].id, type: 'cat6'])
        post('/api/cables', [aPortId: ports['DEMO-SRV-01'].NIC2.id, bPortId: ports['DEMO-PP-02']['7'].id, type: 'cat6'])
        [['DEMO-SRV-01', 'PSU1', 'DEMO-PDU-A02A', '1'], ['DEMO-SRV-01', 'PSU2', 'DEMO-PDU-A02B', '1'],
         ['DEMO-SRV-02', 'PSU1', 'DEMO-PDU-A02A', '2'], ['DEMO-SRV-02', 'PSU2', 'DEMO-PDU-A02A', '3']].each { d, p, pdu, o ->
            post('/api/cables', [aPortId: ports[d][p].id, bPortId: ports[pdu][o].id, type: 'power_c13'])
        }
    }

    def "a trunk of 24 panel ports in one form, then the server's NIC traces through both panels to the switch"() {
        given:
        def page = new CablingPages(driver, server.URL).open()

        when:
        String made = page.connectTrunk('Thanh đấu nối (patch panel)', 'R1', 'Thanh đấu nối A02', 'R1', 24, 'TRUNK-')

        then:
        made.contains('24')

        when:
        def path = page.trace(ports['DEMO-SRV-01'].NIC2.id)

        then:
        path == ['Máy chủ ảo hóa 01|NIC2', 'Thanh đấu nối A02|7', 'Thanh đấu nối A02|R7',
                 'Thanh đấu nối (patch panel)|R7', 'Thanh đấu nối (patch panel)|7', 'Chuyển mạch lõi 01|Gi1/0/7']
        page.cablesOnTrace()[1] == 'TRUNK-07'
    }

    def "the outage of one PDU names the server that goes dark and the one that survives; the single-feed report names the other"() {
        given:
        def page = new CablingPages(driver, server.URL).open()

        when:
        def outcomes = page.outage('PDU A02-A')

        then:
        outcomes['Máy chủ ảo hóa 02'] == 'dark'
        outcomes['Máy chủ ảo hóa 01'] == 'one_feed'

        and:
        page.singleFeed() == ['Máy chủ ảo hóa 02']
    }

    def "if ATS-01 fails, the server on one UPS stays up on its battery only; its own page lists what darkens it"() {
        given:
        def page = new CablingPages(driver, server.URL).open()

        when:
        def outcomes = page.outage('ATS-01')

        then: 'UPS-01 reports no runtime here, so the screen says so'
        outcomes['Máy chủ ảo hóa 02'] == 'on_battery'
        outcomes['Máy chủ ảo hóa 01'] == 'one_feed'
        page.outageText('Máy chủ ảo hóa 02').contains('UPS')

        when:
        page.open("/ui/cabling?assetId=${assets.findByLabelCode('DEMO-SRV-02').orElseThrow().id()}")
        def risks = page.whatIf()

        then:
        risks.collectEntries { k, v -> [(k): v[0]] } == ['PDU A02-A': 'dark', 'UPS-01': 'dark', 'ATS-01': 'on_battery',
                                                         'MPĐ-01': 'unaffected', 'Lưới điện 1 (EVN lộ 471)': 'unaffected']
        risks['ATS-01'][1].contains('UPS')
    }

    def "a technician on a phone traces the same NIC: the path reads down the screen, nothing scrolls sideways"() {
        given: 'a phone-size window'
        driver.manage().window().setSize(new Dimension(390, 844))
        def page = new CablingPages(driver, server.URL)

        when:
        def path = page.trace(ports['DEMO-SRV-01'].NIC2.id)

        then: 'the whole path, server to switch'
        path.first() == 'Máy chủ ảo hóa 01|NIC2'
        path.last() == 'Chuyển mạch lõi 01|Gi1/0/7'

        and: 'within the width of the phone'
        page.horizontalOverflow() <= 0 || page.tooWide() == []

        cleanup:
        driver.manage().window().setSize(new Dimension(1280, 900))
    }
}
