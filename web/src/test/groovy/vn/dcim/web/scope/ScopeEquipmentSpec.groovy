package vn.dcim.web.scope

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared
import spock.lang.Stepwise
import vn.dcim.core.account.Role
import vn.dcim.core.cabling.Cabling
import vn.dcim.core.cabling.PortKind
import vn.dcim.core.telemetry.Reading
import vn.dcim.core.telemetry.ReadingSink
import vn.dcim.web.testing.TestUsers


/**
 * The equipment side of the product as limited accounts use it: cabling, power connections and the power an agency's
 * equipment draws, the power chain, stock-takes, capacity and batteries, labels and exports, and change requests.
 * An account limited to one site reads its site's and nothing of the other; an agency's account reads its own
 * equipment's cables, outlets and draw and its own change requests, files a request for its server and cannot for
 * anyone else's; an id outside the scope answers 404.
 */
@Stepwise
@MicronautTest(transactional = false)
class ScopeEquipmentSpec extends ScopeSeededSpec {
    @Inject Cabling cabling
    @Inject ReadingSink sink

    @Shared String siteToken
    @Shared String agencyToken

    /** What the site account must never meet: the other site's names. */
    List<String> far() { ["FAR$r", "far-$r".toLowerCase()]*.toString() }

    /** What the agency's account must never meet: the other site's, the centre's own and another agency's. */
    List<String> notAgency() { far() + ["CTR$r", "OTH$r", "ctr-$r".toLowerCase()]*.toString() }

    static String leak(String text, List<String> markers) {
        markers.find { text?.toLowerCase()?.contains(it.toLowerCase()) }
    }

    def "seeded: the agency's server on its PDU in its rack, the centre's and the far site's cabled, stock-takes and changes"() {
        when:
        def at = seedSites("own-$low", "TTDL thiết bị $r", "far-$low", "TTDL FAR$r", "Phòng FAR$r")
        long agencyRack = post('/api/racks', [roomId: at.ownRoom, name: "Tủ AGX$r"]).id as long
        long centreRack = post('/api/racks', [roomId: at.ownRoom, name: "Tủ CTR$r"]).id as long
        long farRack = post('/api/racks', [roomId: at.farRoom, name: "Tủ FAR$r"]).id as long
        long agencyServer = post('/api/assets', asset(at.own, at.ownRoom, agencyRack, 10, "Máy chủ AGX$r", "AGX-$r")).id as long
        long agencyPdu = post('/api/assets', asset(at.own, at.ownRoom, agencyRack, 1, "PDU AGX$r", "AGXPDU-$r", 'pdu')).id as long
        long centreServer = post('/api/assets', asset(at.own, at.ownRoom, centreRack, 10, "Máy chủ CTR$r", "CTR-$r")).id as long
        long centrePdu = post('/api/assets', asset(at.own, at.ownRoom, centreRack, 1, "PDU CTR$r", "CTRPDU-$r", 'pdu')).id as long
        long farServer = post('/api/assets', asset(at.far, at.farRoom, farRack, 10, "Máy chủ FAR$r", "FAR-$r")).id as long
        long farPdu = post('/api/assets', asset(at.far, at.farRoom, farRack, 1, "PDU FAR$r", "FARPDU-$r", 'pdu')).id as long
        long agency = seedAgency('AGX')
        long other = seedAgency('OTH')
        give(agency, 'rack', agencyRack)
        // each server's first supply on its PDU's outlet A1
        long agencyCable = cord(agencyServer, agencyPdu)
        long centreCable = cord(centreServer, centrePdu)
        long farCable = cord(farServer, farPdu)
        // the agency's PDU reports its outlets' draw: what its server draws is read there
        post('/api/devices', [id: "agx-pdu-$low", siteId: at.own, assetId: agencyPdu, name: "Đo PDU AGX$r", protocol: 'mqtt'])
        sink.record([Reading.of(clock.instant(), "agx-pdu-$low", 'pdu.outlet.power', 'A1', 321.0d, 'W')])
        long ownTake = post('/api/stocktakes', [siteId: at.own, name: "Kiểm kê $r"]).id as long
        long farTake = post('/api/stocktakes', [siteId: at.far, name: "Kiểm kê FAR$r"]).id as long
        long centreChange = post('/api/changes', [kind: 'remove', title: "Tháo CTR$r", assetId: centreServer]).change.id as long
        long farChange = post('/api/changes', [kind: 'remove', title: "Tháo FAR$r", assetId: farServer]).change.id as long
        ids = [own: at.own, far: at.far, ownRoom: at.ownRoom, farRoom: at.farRoom, agencyRack: agencyRack, centreRack: centreRack,
               farRack: farRack, agencyServer: agencyServer, agencyPdu: agencyPdu, centreServer: centreServer, farServer: farServer,
               agency: agency, other: other, agencyCable: agencyCable, centreCable: centreCable, farCable: farCable,
               ownTake: ownTake, farTake: farTake, centreChange: centreChange, farChange: farChange,
               farPort: cabling.portsOf(farServer)[0].id(), centrePort: cabling.portsOf(centreServer)[0].id(),
               agencyPort: cabling.portsOf(agencyServer)[0].id()]
        siteToken = scopedToken("eq-site-$low", TestUsers.EVERY_ROLE, [siteIds: [at.own]])
        agencyToken = scopedToken("eq-agency-$low", TestUsers.EVERY_ROLE, [agencyId: agency])

        then:
        siteToken && agencyToken
    }

    def "#who is answered 404 for #what outside its scope"() {
        expect:
        def answer = calls.get(path.call(), token.call())
        answer.status == 404
        !leak(answer.text, notAgency())

        where:
        who                  | token                | what                         | path
        'the site account'   | { -> siteToken }     | 'a cable'                    | { -> "/api/cables/${ids.farCable}" }
        'the site account'   | { -> siteToken }     | 'an asset\'s ports'          | { -> "/api/ports?assetId=${ids.farServer}" }
        'the site account'   | { -> siteToken }     | 'a trace'                    | { -> "/api/ports/${ids.farPort}/trace" }
        'the site account'   | { -> siteToken }     | 'a site\'s power chain'      | { -> "/api/power-chain?site=${ids.far}" }
        'the site account'   | { -> siteToken }     | 'a room\'s rack budgets'     | { -> "/api/power-connections/rack-budget?roomId=${ids.farRoom}" }
        'the site account'   | { -> siteToken }     | 'a server\'s what-if'        | { -> "/api/power-connections/assets/${ids.farServer}/what-if" }
        'the site account'   | { -> siteToken }     | 'a stock-take'               | { -> "/api/stocktakes/${ids.farTake}" }
        'the site account'   | { -> siteToken }     | 'a stock-take\'s scans'      | { -> "/api/stocktakes/${ids.farTake}/scans" }
        'the site account'   | { -> siteToken }     | 'a site\'s forecasts'        | { -> "/api/capacity/forecasts?siteId=${ids.far}" }
        'the site account'   | { -> siteToken }     | 'a change'                   | { -> "/api/changes/${ids.farChange}" }
        'the site account'   | { -> siteToken }     | 'a change\'s thread'         | { -> "/api/changes/${ids.farChange}/thread" }
        'the site account'   | { -> siteToken }     | 'the province\'s report'     | { -> '/api/reports/equipment?period=2026&format=json' }
        'the site account'   | { -> siteToken }     | 'a rack screen'              | { -> "/ui/racks/${ids.farRack}" }
        'the site account'   | { -> siteToken }     | 'a stock-take screen'        | { -> "/ui/stocktakes/${ids.farTake}" }
        'the site account'   | { -> siteToken }     | 'a change screen'            | { -> "/ui/changes/${ids.farChange}" }
        'the site account'   | { -> siteToken }     | 'a trace screen'             | { -> "/ui/cabling/trace/${ids.farPort}" }
        'the agency account' | { -> agencyToken }   | 'the centre\'s cable'        | { -> "/api/cables/${ids.centreCable}" }
        'the agency account' | { -> agencyToken }   | 'the centre\'s ports'        | { -> "/api/ports?assetId=${ids.centreServer}" }
        'the agency account' | { -> agencyToken }   | 'its site\'s power chain'    | { -> "/api/power-chain?site=${ids.own}" }
        'the agency account' | { -> agencyToken }   | 'its site\'s stock-takes'    | { -> '/api/stocktakes' }
        'the agency account' | { -> agencyToken }   | 'its site\'s batteries'      | { -> '/api/capacity/batteries' }
        'the agency account' | { -> agencyToken }   | 'the centre\'s change'       | { -> "/api/changes/${ids.centreChange}" }
        'the agency account' | { -> agencyToken }   | 'the centre\'s rack'         | { -> "/ui/racks/${ids.centreRack}" }
        'the agency account' | { -> agencyToken }   | 'the centre\'s asset labels' | { -> "/api/assets/labels.pdf?ids=${ids.centreServer}" }
    }

    def "the site account reads its site's cables, stock-takes, budgets and changes and nothing of the other site"() {
        when:
        def cable = calls.get("/api/cables/${ids.centreCable}", siteToken)
        def takes = calls.get('/api/stocktakes', siteToken)
        def budgets = calls.get("/api/power-connections/rack-budget?roomId=${ids.ownRoom}", siteToken)
        def changes = calls.get('/api/changes', siteToken)
        def draw = calls.get('/api/power-connections/draw', siteToken)
        def chain = calls.get("/api/power-chain?site=${ids.own}", siteToken)
        def export = calls.get('/api/assets/export?format=csv', siteToken)

        then:
        cable.status == 200 && cable.json.a.asset.display == "Máy chủ CTR$r".toString()
        takes.status == 200 && takes.json*.display == ["Kiểm kê $r".toString()]
        budgets.json*.display.toSet() == ["Tủ AGX$r", "Tủ CTR$r"]*.toString().toSet()
        changes.json.results*.change.title == ["Tháo CTR$r".toString()]
        changes.json.count == 1
        draw.json.results*.equipment*.display.toSet() == ["Máy chủ AGX$r", "PDU AGX$r", "Máy chủ CTR$r", "PDU CTR$r"]*.toString().toSet()
        chain.status == 200
        export.status == 200 && export.text.contains("CTR-$r") && !leak(export.text, far())
        [cable, takes, budgets, changes, draw, chain].every { !leak(it.text, far()) }
    }

    def "the agency's account reads its server's cable, outlet and draw, and nothing of the centre's or the other site's"() {
        when:
        def cable = calls.get("/api/cables/${ids.agencyCable}", agencyToken)
        def ports = calls.get("/api/ports?assetId=${ids.agencyServer}", agencyToken)
        def draw = calls.get('/api/power-connections/draw', agencyToken)
        def server = draw.json.results.find { it.equipment.id == ids.agencyServer }

        then:
        cable.status == 200
        ports.status == 200 && ports.json*.display == ['PSU1']
        draw.status == 200
        draw.json.count == 2 // its server and the PDU in its rack
        server.supplies*.outlet == ['A1']
        server.supplies[0].pdu.display == "PDU AGX$r".toString()
        server.measuredW == 321
        [cable, ports, draw].every { !leak(it.text, notAgency()) }
    }

    def "the agency's account files a change request for its server, in its own name, and cannot for another's"() {
        when:
        def mine = calls.post('/api/changes', [kind: 'remove', title: "Rút máy chủ AGX$r", assetId: ids.agencyServer], agencyToken)
        def centre = calls.post('/api/changes', [kind: 'remove', title: 'Không được', assetId: ids.centreServer], agencyToken)
        def asOther = calls.post('/api/changes', [kind: 'remove', title: 'Không được', assetId: ids.agencyPdu, agencyId: ids.other], agencyToken)
        def list = calls.get('/api/changes', agencyToken)
        def approve = calls.post("/api/changes/${mine.json.change.id}/approve", [:], agencyToken)
        def one = calls.get("/api/changes/${mine.json.change.id}", agencyToken)
        def screen = calls.get('/ui/changes', agencyToken, [Accept: 'text/html'])

        then:
        mine.status == 201
        mine.json.change.agencyId == ids.agency
        centre.status == 404
        asOther.status == 404
        list.json.results*.change.title == ["Rút máy chủ AGX$r".toString()]
        approve.status == 404 // the agency asks; the centre decides
        one.status == 200
        screen.status == 200 && screen.text.contains("Rút máy chủ AGX$r") && !leak(screen.text, notAgency())

        and: "the site's staff follow it too, the other site's staff would not"
        calls.get('/api/changes', siteToken).json.results*.change.title.toSet() == ["Rút máy chủ AGX$r", "Tháo CTR$r"]*.toString().toSet()
    }

    def "the screens of #who show its equipment and nothing outside: #path"() {
        expect:
        def page = calls.get(path.call(), token.call(), [Accept: 'text/html'])
        page.status == 200
        !leak(page.text, markers.call())
        page.text.toLowerCase().contains(expected.replace('#', r).toLowerCase())

        where:
        who                  | token              | markers             | path                                              | expected
        'the site account'   | { -> siteToken }   | { -> far() }        | { -> '/ui/stocktakes' }                           | 'Kiểm kê #'
        'the site account'   | { -> siteToken }   | { -> far() }        | { -> '/ui/changes' }                              | 'Tháo CTR#'
        'the site account'   | { -> siteToken }   | { -> far() }        | { -> '/ui/assets' }                               | 'Máy chủ CTR#'
        'the site account'   | { -> siteToken }   | { -> far() }        | { -> '/ui/racks' }                                | 'Phòng máy #'
        'the site account'   | { -> siteToken }   | { -> far() }        | { -> "/ui/cabling?assetId=${ids.centreServer}" }  | 'PDU CTR#'
        'the site account'   | { -> siteToken }   | { -> far() }        | { -> '/ui/batteries' }                            | ''
        'the site account'   | { -> siteToken }   | { -> far() }        | { -> '/ui/capacity' }                             | ''
        'the site account'   | { -> siteToken }   | { -> far() }        | { -> '/ui/monitoring' }                           | ''
        'the agency account' | { -> agencyToken } | { -> notAgency() }  | { -> '/ui/assets' }                               | 'Máy chủ AGX#'
        'the agency account' | { -> agencyToken } | { -> notAgency() }  | { -> "/ui/cabling?assetId=${ids.agencyServer}" }  | 'PDU AGX#'
        'the agency account' | { -> agencyToken } | { -> notAgency() }  | { -> "/ui/racks/${ids.agencyRack}" }              | 'Máy chủ AGX#'
        'the agency account' | { -> agencyToken } | { -> notAgency() }  | { -> '/ui/devices' }                              | 'agx-pdu-#'
        'the agency account' | { -> agencyToken } | { -> notAgency() }  | { -> '/ui/agency' }                               | 'PDU AGX# / A1'
    }

    // --- seeding

    long cord(long server, long pdu) {
        long psu = cabling.portNamed(server, 'PSU1', PortKind.power_port, 'spec').id()
        long outlet = cabling.portNamed(pdu, 'A1', PortKind.power_outlet, 'spec').id()
        post('/api/cables', [aPortId: psu, bPortId: outlet, type: 'power', label: "C-$server"]).id as long
    }

    static Map asset(String site, long room, long rack, int u, String name, String label, String kind = 'server') {
        [siteId: site, roomId: room, rackId: rack, positionU: u, heightU: 1, face: 'front', kind: kind, name: name, labelCode: label]
    }
}
