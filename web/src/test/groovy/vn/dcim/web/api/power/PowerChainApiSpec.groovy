package vn.dcim.web.api.power

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.account.Role
import vn.dcim.web.testing.DemoApiSpec

/** The power chain is registry data, kept through the API by the asset manager (Art. 30.8a). */
@MicronautTest(transactional = false)
class PowerChainApiSpec extends DemoApiSpec {

    def "the demo site's chain is served with its A and B cords"() {
        when:
        def chain = calls.get('/api/power-chain?site=demo', users.token(EnumSet.of(Role.operator))).json
        def id = { String name -> chain.nodes.find { it.display == name }.id }

        then:
        chain.nodes.size() == 12
        chain.links.findAll { it.downstreamId == id('Tủ A01') }*.side.sort() == ['A', 'B']
    }

    def "an asset manager adds a PDU and links it; a loop and a link into a source are refused"() {
        given:
        String token = users.token(EnumSet.of(Role.asset_manager))
        def chain = calls.get('/api/power-chain?site=demo', token).json
        def id = { String name -> chain.nodes.find { it.display == name }.id }

        when:
        def pdu = calls.post('/api/power-chain/nodes', [siteId: 'demo', kind: 'pdu', name: 'PDU A03-A'], token)
        def link = calls.post('/api/power-chain/links', [upstreamId: id('UPS-01'), downstreamId: pdu.json.id, side: 'A'], token)

        then:
        pdu.status == 201
        link.status == 201
        calls.get("/api/power-chain/nodes/${id('UPS-01')}/outage", token).json*.element*.display.contains('PDU A03-A')

        expect: 'the chain stays a chain'
        calls.post('/api/power-chain/links', [upstreamId: pdu.json.id, downstreamId: id('UPS-01')], token).status == 409
        calls.post('/api/power-chain/links', [upstreamId: id('ATS-01'), downstreamId: id('MPĐ-01')], token).status == 422
        calls.post('/api/power-chain/links', [upstreamId: id('UPS-01'), downstreamId: pdu.json.id, side: 'C'], token).status == 422
        calls.post('/api/power-chain/nodes', [siteId: 'demo', kind: 'pdu', name: 'PDU A03-A'], token).status == 409
        calls.send('DELETE', "/api/power-chain/nodes/${pdu.json.id}", [Authorization: "Bearer $token"]).status == 409

        when: 'unlinked, the element can go'
        def unlinked = calls.send('DELETE', "/api/power-chain/links/${link.json.id}", [Authorization: "Bearer $token"])
        def removed = calls.send('DELETE', "/api/power-chain/nodes/${pdu.json.id}", [Authorization: "Bearer $token"])

        then:
        unlinked.status == 204
        removed.status == 204
    }

    def "an operator reads the chain and asks what a failure does, but does not change it"() {
        given:
        String token = users.token(EnumSet.of(Role.operator))
        def chain = calls.get('/api/power-chain?site=demo', token).json
        def ats = chain.nodes.find { it.display == 'ATS-01' }.id

        expect:
        calls.get("/api/power-chain/nodes/${ats}/outage", token).json.find { it.element.display == 'UPS-01' }.effect == 'on_battery'
        calls.post('/api/power-chain/nodes', [siteId: 'demo', kind: 'pdu', name: 'X'], token).status == 403
    }
}
