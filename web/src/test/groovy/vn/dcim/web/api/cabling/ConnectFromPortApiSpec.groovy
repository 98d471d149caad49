package vn.dcim.web.api.cabling

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.account.Role
import vn.dcim.core.asset.Asset
import vn.dcim.core.asset.AssetKind
import vn.dcim.core.asset.AssetRepository
import vn.dcim.core.asset.AssetStatus
import vn.dcim.core.asset.Criticality
import vn.dcim.core.cabling.PortsFromDeviceType
import vn.dcim.web.testing.DemoApiSpec


/**
 * Cabling from a port's row, as NetBox does: equipment has the ports of its device type from the moment it is
 * registered (the demo's included, and equipment registered before, once at start); the far end of a cable is
 * offered by equipment, then by free port, the likeliest first; an occupied port or kinds that cannot meet are
 * refused with a 4xx in Vietnamese, never a 500 (two at once: CablingRaceSpec).
 */
@MicronautTest(transactional = false)
class ConnectFromPortApiSpec extends DemoApiSpec {
    @Inject AssetRepository assets
    @Inject PortsFromDeviceType backfill

    String manager() { users.token(EnumSet.of(Role.asset_manager)) }

    Asset demo(String label) { assets.findByLabelCode(label).orElseThrow() }

    Map<String, Map> ports(long assetId) {
        calls.get("/api/ports?assetId=$assetId", manager()).json.collectEntries { [(it.display): it] }
    }

    /** A server registered in rack A01 of the demo, as the asset manager's form sends it. */
    long server(String label, int u, String vendor = 'Dell', String model = 'PowerEdge R650') {
        def a01 = demo('DEMO-SW-01')
        def made = calls.post('/api/assets', [siteId: 'demo', roomId: a01.roomId(), rackId: a01.rackId(), positionU: u, heightU: 1,
                                              face: 'front', kind: 'server', name: 'Máy chủ ' + label, labelCode: label,
                                              vendor: vendor, model: model], manager())
        assert made.status == 201
        made.json.id as long
    }

    Map farEnds(Object portId) { calls.get("/api/ports/$portId/far-ends", manager()).json as Map }

    List<Map> farPorts(Object portId, long assetId) { calls.get("/api/ports/$portId/far-ends/$assetId", manager()).json as List<Map> }

    def "registered equipment has the ports of its device type at once"() {
        when:
        long id = server('SPEC-SRV-01', 20)

        then: 'a Dell PowerEdge R650: two supplies, NIC1, NIC2 and iDRAC'
        ports(id).collectEntries { k, v -> [(k): v.kind] } == [NIC1: 'interface', NIC2: 'interface', iDRAC: 'interface',
                                                              PSU1: 'power_port', PSU2: 'power_port']
        ports(id).PSU1.allocatedDrawW == 450
    }

    def "equipment of no known type gets no ports; naming its type later gives them"() {
        given:
        long id = server('SPEC-SRV-02', 21, 'Dell', 'PowerEdge R9999')

        expect:
        ports(id).isEmpty()

        when: 'the asset manager corrects the model'
        def fixed = calls.send('PATCH', "/api/assets/$id", [Authorization: "Bearer ${manager()}"], [model: 'PowerEdge R650'])

        then:
        fixed.status == 200
        ports(id).keySet() == ['NIC1', 'NIC2', 'iDRAC', 'PSU1', 'PSU2'] as Set
    }

    def "the demo's #label has its ports from the start"() {
        expect:
        ports(demo(label).id()).values().countBy { it.kind } == kinds

        where:
        label          | kinds
        'DEMO-PDU-A01A' | [interface: 1, power_port: 1, power_outlet: 24]
        'DEMO-PP-01'    | [rear: 24, front: 24]
        'DEMO-SW-01'    | [interface: 53, console: 1, power_port: 2]
        'DEMO-SRV-04'   | [interface: 3, power_port: 2]
    }

    def "equipment registered before (without ports) gets them once at start; nothing changes the second time"() {
        given: 'a PDU written as an older release did, straight to its table, and a switch a person gave one port by hand'
        def pdu = demo('DEMO-PDU-A01A')
        Asset old = assets.save(new Asset(null, 'demo', pdu.roomId(), pdu.rackId(), 35, 1, 'rear', AssetKind.pdu, 'PDU cũ',
                'SPEC-PDU-OLD', 'APC', 'AP8853', null, AssetStatus.in_service, Criticality.normal, null, null, null, null,
                null, null, null, null))
        Asset gone = assets.save(new Asset(null, 'demo', pdu.roomId(), null, null, null, null, AssetKind.pdu, 'PDU đã thanh lý',
                'SPEC-PDU-GONE', 'APC', 'AP8853', null, AssetStatus.disposed, Criticality.normal, null, null, null, null,
                null, null, null, null))

        expect:
        ports(old.id()).isEmpty()

        when:
        int first = backfill.run()
        int second = backfill.run()

        then:
        first == 1
        ports(old.id()).values().countBy { it.kind } == [interface: 1, power_port: 1, power_outlet: 42]
        second == 0
        ports(gone.id()).isEmpty()
    }

    def "a power supply is offered the PDUs of its own rack, and its second supply the PDU its first does not use"() {
        given:
        long id = server('SPEC-SRV-03', 22)
        def psu = ports(id)

        when:
        def first = farEnds(psu.PSU1.id)

        then: 'PDUs only (outlets), the two of rack A01 first'
        first.assets.take(2)*.display == ['PDU A01-A', 'PDU A01-B']
        first.assets.take(2).every { it.sameRack }
        first.assets*.display.every { it.startsWith('PDU') }
        first.suggested == demo('DEMO-PDU-A01A').id()

        when:
        def outlets = farPorts(psu.PSU1.id, first.suggested as long)

        then: 'its free outlets, a C13 first, with the cord that fits'
        outlets.size() == 24
        outlets.first().display == '1'
        outlets.first().cableType == 'power_c13'
        outlets.find { it.display == '21' }.cableType == 'power_c19'

        when: 'PSU1 is plugged into A01-A outlet 1'
        def cable = calls.post('/api/cables', [aPortId: psu.PSU1.id, bPortId: outlets.first().id, type: 'power_c13'], manager())
        def second = farEnds(psu.PSU2.id)

        then: 'outlet 1 is no longer offered, and PSU2 is sent to the other PDU'
        cable.status == 201
        !farPorts(psu.PSU2.id, first.suggested as long)*.display.contains('1')
        second.suggested == demo('DEMO-PDU-A01B').id()
    }

    def "a server's NIC is offered the patch panel of its rack first, with front and rear said, never an outlet"() {
        given:
        long id = server('SPEC-SRV-04', 23)
        def nic = ports(id).NIC1

        when:
        def ends = farEnds(nic.id)
        def panel = farPorts(nic.id, demo('DEMO-PP-01').id())

        then:
        ends.suggested == demo('DEMO-PP-01').id()
        farPorts(nic.id, demo('DEMO-PDU-A01A').id())*.display == ['Network']
        panel.find { it.name == '1' }.display == '1 (mặt trước)'
        panel.find { it.name == 'R1' }.display == 'R1 (mặt sau)'
        panel*.kind.toSet() == ['front', 'rear'] as Set
        panel.first().display == '1 (mặt trước)'
        panel.first().cableType == 'cat6a'
    }

    def "a panel's front port whose rear is cabled to the switch comes first: the NIC reaches the switch through it"() {
        given: 'rear R5 of the panel is cabled to the core switch'
        def pp = ports(demo('DEMO-PP-01').id())
        def sw = ports(demo('DEMO-SW-01').id())
        assert calls.post('/api/cables', [aPortId: pp.R5.id, bPortId: sw.'Gi1/0/5'.id, type: 'cat6a'], manager()).status == 201
        long id = server('SPEC-SRV-05', 24)
        def nic = ports(id).NIC1

        when:
        def offered = farPorts(nic.id, demo('DEMO-PP-01').id())
        def cable = calls.post('/api/cables', [aPortId: nic.id, bPortId: offered.first().id, type: offered.first().cableType], manager())
        def trace = calls.get("/api/ports/${nic.id}/trace", manager()).json

        then:
        offered.first().display == '5 (mặt trước)'
        cable.status == 201
        trace.to.asset.labelCode == 'DEMO-SW-01'
        trace.to.display == 'Gi1/0/5'
    }

    def "#what is refused with #status and says why in Vietnamese"() {
        given:
        long id = server(label, u)
        def srv = ports(id)
        def pdu = ports(demo('DEMO-PDU-A01B').id())
        def pp = ports(demo('DEMO-PP-01').id())
        if (pdu.'10'.cable == null) {
            assert calls.post('/api/cables', [aPortId: pdu.'10'.id, bPortId: ports(demo('DEMO-SRV-04').id()).PSU1.id, type: 'power_c13'], manager()).status == 201
        }

        when:
        def answer = calls.post('/api/cables', body(srv, pdu, pp), manager())

        then:
        answer.status == status
        answer.json.message.contains(says)

        where:
        what                                   | label         | u  | status | says                          | body
        'an outlet that has a cable'           | 'SPEC-SRV-10' | 10 | 409    | 'đã có cáp'                   | { s, p, panel -> [aPortId: s.PSU1.id, bPortId: p.'10'.id, type: 'power_c13'] }
        'a power supply into a network port'   | 'SPEC-SRV-11' | 11 | 422    | 'Không nối được'              | { s, p, panel -> [aPortId: s.PSU1.id, bPortId: s.NIC1.id, type: 'cat6a'] }
        'a NIC into a PDU outlet'              | 'SPEC-SRV-12' | 12 | 422    | 'ổ cắm nguồn'                 | { s, p, panel -> [aPortId: s.NIC2.id, bPortId: p.'11'.id, type: 'power_c13'] }
        'two power supplies together'          | 'SPEC-SRV-13' | 13 | 422    | 'Cáp nguồn nối cổng nguồn'    | { s, p, panel -> [aPortId: s.PSU1.id, bPortId: s.PSU2.id, type: 'power_c13'] }
        'a power cord between a NIC and panel' | 'SPEC-SRV-14' | 14 | 422    | 'hãy chọn cáp dữ liệu'        | { s, p, panel -> [aPortId: s.NIC1.id, bPortId: panel.'20'.id, type: 'power_c13'] }
        'a data cable into an outlet'          | 'SPEC-SRV-15' | 15 | 422    | 'bằng dây nguồn'              | { s, p, panel -> [aPortId: s.PSU2.id, bPortId: p.'12'.id, type: 'cat6'] }
    }

    def "the far ends of a port or equipment that does not exist are a 404, not a 500"() {
        given:
        long nic = ports(demo('DEMO-SRV-04').id()).NIC1.id

        expect:
        calls.get('/api/ports/999999/far-ends', manager()).status == 404
        calls.get("/api/ports/$nic/far-ends/999999", manager()).status == 404
        calls.get('/api/ports/999999/far-ends/1', manager()).status == 404
    }
}
