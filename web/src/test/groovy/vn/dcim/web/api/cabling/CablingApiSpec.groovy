package vn.dcim.web.api.cabling

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.account.Role
import vn.dcim.core.asset.AssetRepository
import vn.dcim.web.testing.DemoApiSpec

/**
 * Art. 8.1c: ports made from a model's template, cables with one cable per termination,
 * a trunk of panel ports in one call, the CSV import's dry run, cable labels, and the trace of a
 * server's NIC through two patch panels to its switch port.
 */
@MicronautTest(transactional = false)
class CablingApiSpec extends DemoApiSpec {
    @Inject AssetRepository assets

    String technician() { users.token(EnumSet.of(Role.maintenance)) }

    long asset(String label) { assets.findByLabelCode(label).orElseThrow().id() }

    /** The asset's ports by name, made from its model's template when it has none yet. */
    Map<String, Object> ports(String label, String template = null) {
        long id = asset(label)
        def have = calls.get("/api/ports?assetId=$id", technician()).json
        if (have.isEmpty()) {
            def made = calls.post('/api/ports/from-template', [assetId: id, template: template], technician())
            assert made.status == 201
        }
        calls.get("/api/ports?assetId=$id", technician()).json.collectEntries { [(it.display): it] }
    }

    /** The access switch's last port to the router's Gi0/0/2, labelled UPLINK-1 (once). */
    void uplink(Map sw, Map rtr) {
        if (calls.get("/api/ports?assetId=${asset('DEMO-SW-02')}", technician()).json.find { it.display == 'Gi1/0/24' }.cable == null) {
            assert calls.post('/api/cables', [aPortId: sw.'Gi1/0/24'.id, bPortId: rtr.'Gi0/0/2'.id, type: 'cat6', label: 'UPLINK-1'], technician()).status == 201
        }
    }

    /** A second patch panel in rack A02, registered by the asset manager. */
    void secondPanel() {
        if (assets.findByLabelCode('DEMO-PP-02').isEmpty()) {
            def server = assets.findByLabelCode('DEMO-SRV-01').orElseThrow()
            def made = calls.post('/api/assets', [siteId: 'demo', roomId: server.roomId(), rackId: server.rackId(), positionU: 40,
                                                  heightU: 1, face: 'rear', kind: 'other', name: 'Thanh đấu nối A02', labelCode: 'DEMO-PP-02',
                                                  vendor: 'Generic', model: 'Patch panel Cat6 24p'], users.token(EnumSet.of(Role.asset_manager)))
            assert made.status == 201
        }
    }

    def "a trunk of 24 panel ports is connected in one call and a server's NIC traces through two panels to the switch port"() {
        given: 'the panels of A01 and A02, the core switch and a server, with their ports from the templates'
        secondPanel()
        def pp1 = ports('DEMO-PP-01')
        def pp2 = ports('DEMO-PP-02')
        def sw = ports('DEMO-SW-01')
        def srv = ports('DEMO-SRV-01')

        when: 'the trunk between the panels’ rear ports, then the switch and the server to the front ports 5'
        def trunk = calls.post('/api/cables/trunk', [aPortId: pp1.R1.id, bPortId: pp2.R1.id, count: 24, labelPrefix: 'TRK-A01-A02-',
                                                     type: 'cat6a', colour: 'blue'], technician())
        def up = calls.post('/api/cables', [aPortId: sw.'Gi1/0/5'.id, bPortId: pp1.'5'.id, type: 'cat6', label: 'SW01-5'], technician())
        def down = calls.post('/api/cables', [aPortId: srv.NIC1.id, bPortId: pp2.'5'.id, type: 'cat6', label: 'SRV01-NIC1', lengthM: 2.5], technician())
        def trace = calls.get("/api/ports/${srv.NIC1.id}/trace", technician()).json

        then:
        trunk.status == 201
        trunk.json.size() == 24
        trunk.json*.display.first() == 'TRK-A01-A02-01'
        trunk.json*.display.last() == 'TRK-A01-A02-24'
        up.status == 201
        down.status == 201

        and: 'the path: server NIC1 → panel A02 front 5 / rear R5 → trunk → panel A01 rear R5 / front 5 → switch Gi1/0/5'
        trace.hops.size() == 3
        trace.panels == ['Thanh đấu nối A02', 'Thanh đấu nối (patch panel)']
        trace.hops*.cable*.display == ['SRV01-NIC1', 'TRK-A01-A02-05', 'SW01-5']
        trace.to.display == 'Gi1/0/5'
        trace.to.asset.labelCode == 'DEMO-SW-01'

        and: 'traced from the switch, the same path ends at the server'
        calls.get("/api/ports/${sw.'Gi1/0/5'.id}/trace", technician()).json.to.asset.labelCode == 'DEMO-SRV-01'
    }

    def "#what is refused with #status"() {
        given:
        def sw = ports('DEMO-SW-02')
        def rtr = ports('DEMO-RTR-01')
        uplink(sw, rtr)
        def body = command(sw, rtr)

        expect:
        calls.post(path, body, technician()).status == status

        where:
        what                                        | path                | status | command
        'a second cable on a port'                  | '/api/cables'       | 409    | { s, r -> [aPortId: s.'Gi1/0/24'.id, bPortId: r.'Gi0/0/1'.id, type: 'cat6'] }
        'a label used already'                      | '/api/cables'       | 409    | { s, r -> [aPortId: s.'Gi1/0/1'.id, bPortId: r.'Gi0/0/0'.id, type: 'cat6', label: 'UPLINK-1'] }
        'a cable from a port to itself'             | '/api/cables'       | 422    | { s, r -> [aPortId: s.'Gi1/0/2'.id, bPortId: s.'Gi1/0/2'.id, type: 'cat6'] }
        'a power cable between data ports'          | '/api/cables'       | 422    | { s, r -> [aPortId: s.'Gi1/0/3'.id, bPortId: r.'Gi0/0/0'.id, type: 'power_c13'] }
        'a data cable into a power port'            | '/api/cables'       | 422    | { s, r -> [aPortId: s.'Gi1/0/3'.id, bPortId: r.PS0.id, type: 'cat6'] }
        'a port that does not exist'                | '/api/cables'       | 422    | { s, r -> [aPortId: s.'Gi1/0/3'.id, bPortId: 999999, type: 'cat6'] }
        'an unknown cable type'                     | '/api/cables'       | 422    | { s, r -> [aPortId: s.'Gi1/0/3'.id, bPortId: r.'Gi0/0/0'.id, type: 'cat99'] }
        'a trunk longer than the ports left'        | '/api/cables/trunk' | 422    | { s, r -> [aPortId: s.'Gi1/0/20'.id, bPortId: r.'Gi0/0/0'.id, count: 5, type: 'cat6'] }
        'a trunk of 97'                             | '/api/cables/trunk' | 422    | { s, r -> [aPortId: s.'Gi1/0/1'.id, bPortId: r.'Gi0/0/0'.id, count: 97, type: 'cat6'] }
    }

    def "a refused trunk connects nothing (all or nothing)"() {
        given:
        def sw = ports('DEMO-SW-02')
        def rtr = ports('DEMO-RTR-01')
        uplink(sw, rtr)
        int before = calls.get("/api/ports?assetId=${asset('DEMO-SW-02')}", technician()).json.count { it.cable != null }

        when: 'three router ports are asked for from Gi0/0/0: the router has only three, one of them cabled above'
        def trunk = calls.post('/api/cables/trunk', [aPortId: sw.'Gi1/0/10'.id, bPortId: rtr.'Gi0/0/0'.id, count: 3, type: 'cat6'], technician())

        then:
        trunk.status in [409, 422]
        calls.get("/api/ports?assetId=${asset('DEMO-SW-02')}", technician()).json.count { it.cable != null } == before
    }

    def "the CSV import's dry run names every bad row and saves nothing; the real import connects"() {
        given:
        ports('DEMO-FW-01')
        ports('DEMO-SW-01')
        String csv = '''label,a_asset,a_port,b_asset,b_port,type,colour,length_m
FW-P1,DEMO-FW-01,port1,DEMO-SW-01,Gi1/0/40,cat6,red,1.5
X-2,NO-SUCH,port2,DEMO-SW-01,Gi1/0/41,cat6,,
X-3,DEMO-FW-01,port99,DEMO-SW-01,Gi1/0/42,cat6,,
X-4,DEMO-FW-01,port4,DEMO-SW-01,Gi1/0/43,cat99,,
X-5,DEMO-FW-01,port5,DEMO-SW-01,Gi1/0/44,cat6,,-3
'''
        def headers = [Authorization: "Bearer ${technician()}", 'Content-Type': 'text/csv']

        when:
        def dry = calls.send('POST', '/api/cables/import?dryRun=true', headers, csv)

        then:
        dry.status == 200
        dry.json.rows == 5
        dry.json.valid == 1
        dry.json.imported == 0
        dry.json.errors.collect { [it.row, it.field] } == [[3, 'a_asset'], [4, 'a_port'], [5, 'type'], [6, 'length_m']]
        calls.get("/api/ports?assetId=${asset('DEMO-FW-01')}", technician()).json.find { it.display == 'port1' }.cable == null

        when: 'a real import of the bad file is refused whole; the good row alone goes in'
        def refused = calls.send('POST', '/api/cables/import?dryRun=false', headers, csv)
        def good = calls.send('POST', '/api/cables/import?dryRun=false', headers, csv.readLines().take(2).join('\n'))

        then:
        refused.status == 422
        good.status == 200
        good.json.imported == 1
        calls.get("/api/ports?assetId=${asset('DEMO-FW-01')}", technician()).json.find { it.display == 'port1' }.cable.display == 'FW-P1'
    }

    def "cable labels come out of the label PDF: the cables of an asset, or chosen by id"() {
        given:
        def sw = ports('DEMO-SW-01')
        def fw = ports('DEMO-FW-01')
        def cable = calls.post('/api/cables', [aPortId: sw.'Gi1/0/30'.id, bPortId: fw.port10.id, type: 'cat6', label: 'LBL-30'], technician())

        when:
        def byId = calls.get("/api/cables/labels.pdf?ids=${cable.json.id}", technician())
        def none = calls.get("/api/cables/labels.pdf?ids=", technician())

        then:
        byId.status == 200
        byId.header('Content-Type').startsWith('application/pdf')
        byId.text.startsWith('%PDF')
        none.status == 422
    }

    def "#role #may connect cables"() {
        given:
        def sw = ports('DEMO-SW-02')
        def srv = ports('DEMO-SRV-04')
        def port = [maintenance: 'Gi1/0/15', asset_manager: 'Gi1/0/16', operator: 'Gi1/0/17', auditor: 'Gi1/0/18'][role.name()]
        def nic = [maintenance: 'NIC1', asset_manager: 'NIC2', operator: 'NIC1', auditor: 'NIC2'][role.name()]

        expect:
        calls.post('/api/cables', [aPortId: sw."$port".id, bPortId: srv."$nic".id, type: 'cat6'], users.token(EnumSet.of(role))).status == status
        calls.get("/api/ports/${sw."$port".id}/trace", users.token(EnumSet.of(role))).status == 200

        where:
        role               | status
        Role.maintenance   | 201
        Role.asset_manager | 201
        Role.operator      | 403
        Role.auditor       | 403
        may = status == 201 ? 'may' : 'may not'
    }

    def "the device types are served with their ports by kind"() {
        when:
        def types = calls.get('/api/device-types', technician()).json

        then:
        types.find { it.slug == 'cisco-c9300-48t' }.ports == [interface: 53, console: 1, power_port: 2]
        types.find { it.slug == 'generic-fiber-panel-lc-24' }.ports == [rear: 1, front: 24]
        types.find { it.slug == 'apc-ap8858' }.ports.power_outlet == 24
    }
}
