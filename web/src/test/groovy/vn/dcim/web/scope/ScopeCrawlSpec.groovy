package vn.dcim.web.scope

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared
import vn.dcim.core.account.Role
import vn.dcim.core.account.UserAccounts
import vn.dcim.core.alarm.AlarmRaiser
import vn.dcim.core.alarm.AlarmSignal
import vn.dcim.core.alarm.Severity
import vn.dcim.core.cabling.Cabling
import vn.dcim.core.cabling.PortKind
import vn.dcim.core.access.AccessDirection
import vn.dcim.core.access.AccessEvent
import vn.dcim.core.access.AccessLog
import vn.dcim.core.access.AccessResult
import vn.dcim.core.personal.FacePictures
import vn.dcim.web.api.document.DocumentApiSpec
import vn.dcim.web.api.personal.PersonalDataApiSpec
import vn.dcim.core.telemetry.Reading
import vn.dcim.core.telemetry.ReadingSink
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.EventStream
import vn.dcim.web.testing.OpenApi
import vn.dcim.web.testing.TestUsers
import vn.dcim.web.security.AccessRules
import org.apache.pdfbox.Loader
import org.apache.pdfbox.text.PDFTextStripper
import vn.dcim.web.ui.Navigation

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.time.Clock
import java.time.Duration
import java.time.LocalDate

/**
 * Accounts limited to what they may see, crawled through every API operation of the OpenAPI document and every
 * screen of the navigation: an account limited to one site, and an agency's account, never meet a name or an id of
 * another site's or agency's device, asset, rack, room or alarm, and a foreign id answers 404 (never 403). Both hold
 * every role, so that no operation is kept from them by the role rules alone: what they do not see, the scope hides.
 */
@MicronautTest(transactional = false)
class ScopeCrawlSpec extends ScopeSeededSpec {
    @Inject ReadingSink sink
    @Inject Cabling cabling
    @Inject AccessLog accessLog
    @Inject FacePictures pictures
    @Inject AccessRules rules

    @Shared String siteToken
    @Shared String agencyToken
    @Shared String agencyReaderToken
    @Shared String agencyPersonToken
    @Shared String adminToken

    Map created(Calls.Answer answer) {
        assert answer.status in [200, 201]: answer.text
        answer.json as Map
    }

    /** The names and ids an account limited to the own site must never meet. */
    List<String> farMarkers() {
        ["FAR$r", "far-dev-${r.toLowerCase()}", "far-site-${r.toLowerCase()}", "FARRACK$r", "FARROOM$r", "FAR-$r"]*.toString()
    }

    /** ...and an agency's account not those of the centre's own equipment on its site, nor of the other agency. */
    List<String> agencyMarkers() {
        farMarkers() + ["CTR$r", "ctr-dev-${r.toLowerCase()}", "CTRRACK$r", "CTR-$r", "OTH$r"]*.toString()
    }

    def "seeded: two sites, the centre's own and an agency's equipment on one, another agency's on the other"() {
        when:
        def at = seedSites("own-site-$low", "TTDL phạm vi $r", "far-site-$low", "TTDL FAR$r", "FARROOM$r")
        long agencyRack = post('/api/racks', [roomId: at.ownRoom, name: "AGXRACK$r"]).id as long
        long centreRack = post('/api/racks', [roomId: at.ownRoom, name: "CTRRACK$r"]).id as long
        long farRack = post('/api/racks', [roomId: at.farRoom, name: "FARRACK$r"]).id as long
        long agencyAsset = post('/api/assets', asset(at.own, at.ownRoom, agencyRack, "Máy chủ AGX$r", "AGX-$r")).id as long
        long centreAsset = post('/api/assets', asset(at.own, at.ownRoom, centreRack, "Máy chủ CTR$r", "CTR-$r")).id as long
        long farAsset = post('/api/assets', asset(at.far, at.farRoom, farRack, "Máy chủ FAR$r", "FAR-$r")).id as long
        post('/api/devices', [id: "agx-dev-$low", siteId: at.own, assetId: agencyAsset, name: "Đo điện AGX$r", protocol: 'mqtt'])
        post('/api/devices', [id: "ctr-dev-$low", siteId: at.own, assetId: centreAsset, name: "Đo điện CTR$r", protocol: 'mqtt'])
        post('/api/devices', [id: "far-dev-$low", siteId: at.far, assetId: farAsset, name: "Đo điện FAR$r", protocol: 'mqtt'])
        long agency = seedAgency('AGX')
        long other = seedAgency('OTH')
        // the agency rents a rack: what is mounted in it is the agency's, and the devices watching that
        give(agency, 'rack', agencyRack)
        give(other, 'asset', farAsset)
        def now = clock.instant()
        ["agx-dev-$low", "ctr-dev-$low", "far-dev-$low"].each { String d ->
            sink.record([Reading.of(now, d, 'pdu.power', '0', 1234.0d, 'W')])
            raiser.raise(new AlarmSignal(d, 'scope-spec', '0', Severity.major, 'QĐ 11/2023 Điều 17', "Quá tải ${d.toUpperCase()}"))
        }
        ids = [own: at.own, far: at.far, ownRoom: at.ownRoom, farRoom: at.farRoom, agencyRack: agencyRack, centreRack: centreRack, farRack: farRack,
               agencyAsset: agencyAsset, centreAsset: centreAsset, farAsset: farAsset, agency: agency, other: other,
               agencyDevice: "agx-dev-$low".toString(), centreDevice: "ctr-dev-$low".toString(), farDevice: "far-dev-$low".toString()]
        ids.farAlarm = alarmOf(ids.farDevice as String)
        ids.centreAlarm = alarmOf(ids.centreDevice as String)
        ids.agencyAlarm = alarmOf(ids.agencyDevice as String)
        // a document of the centre's staff: no limited account reads it
        ids.staffDocument = letter(all())
        siteToken = scopedToken("scope-site-$low", TestUsers.EVERY_ROLE, [siteIds: [at.own]])
        agencyToken = scopedToken("scope-agency-$low", TestUsers.EVERY_ROLE, [agencyId: agency])
        // how an agency's people are given accounts: the auditor's reading rights, limited to their agency
        adminToken = users.adminToken()
        agencyReaderToken = scopedToken("scope-reader-$low", EnumSet.of(Role.auditor), [agencyId: agency])
        // ...and with the role made for them: an agency's own person, who files the agency's requests
        agencyPersonToken = scopedToken("scope-person-$low", EnumSet.of(Role.agency), [agencyId: agency])

        then:
        ids.farAlarm && ids.centreAlarm && ids.agencyAlarm
    }

    // --- the operations: a work order and a maintenance window on each device, and the incident its alarm opened
    def "seeded for the operations: each device's work order, maintenance window and incident"() {
        when:
        def now = clock.instant()
        ['far', 'centre', 'agency'].each { String k ->
            String device = ids[k + 'Device']
            ids[k + 'Order'] = post('/api/work-orders', [title: "Việc ${device.toUpperCase()}", device: device,
                                                         dueDate: LocalDate.now(clock).plusDays(3).toString()]).id
            ids[k + 'Window'] = post('/api/maintenance-windows', [target: [device: device], startsAt: now.plus(Duration.ofHours(1)).toString(),
                                                                  endsAt: now.plus(Duration.ofHours(2)).toString(), reason: "Bảo trì ${device.toUpperCase()}"]).id
            // a major alarm on ordinary equipment opens no incident by itself: the shift opens one on it
            ids[k + 'Incident'] = post('/api/incidents', [title: "Sự cố ${device.toUpperCase()}", siteId: k == 'far' ? ids.far : ids.own,
                                                          level: 'ordinary', alarmIds: [ids[k + 'Alarm']]]).incident.id
        }

        then:
        ids.farIncident && ids.centreIncident && ids.agencyIncident
    }

    /** The foreign ids of the operations, by the kind of a path's {id}. */
    Map<String, List<String>> operationsForeign(List<String> whose) {
        [incident: whose.collect { ids[it + 'Incident'] }, workOrder: whose.collect { ids[it + 'Order'] },
         window  : whose.collect { ids[it + 'Window'] }].collectEntries { k, v -> [k, v*.toString()] } as Map<String, List<String>>
    }

    static final Map<String, String> OPERATION_KINDS = ['/api/incidents/': 'incident', '/api/work-orders/': 'workOrder',
                                                        '/api/maintenance-windows/': 'window']

    def "the scope is set by the administrator and read back; an unknown site is refused naming the field"() {
        given:
        long id = accounts.findByUsername("scope-site-${r.toLowerCase()}").get().id()

        expect:
        calls.get("/api/users/$id/scope", users.adminToken()).json.siteIds == [ids.own]
        with(calls.send('PUT', "/api/users/$id/scope", [Authorization: "Bearer ${users.adminToken()}"], [siteIds: ['no-such-site']])) {
            status == 422
            json.fields*.field == ['siteIds']
        }
        calls.get("/api/users/$id/scope", users.adminToken()).json.siteIds == [ids.own]
    }

    def "#who sees its own equipment and alarms in the lists"() {
        expect:
        def assets = calls.get('/api/assets', token()).json.results*.name
        def devices = calls.get('/api/devices', token()).json.results*.id
        def alarms = calls.get('/api/alarms', token()).json.results*.source
        assets.toSet() == expectedAssets.collect { it.replace('#', r) }.toSet()
        devices.toSet() == expectedDevices.collect { it.replace('#', r.toLowerCase()) }.toSet()
        alarms.toSet() == expectedDevices.collect { it.replace('#', r.toLowerCase()) }.toSet()

        where:
        who                 | token                          | expectedAssets                    | expectedDevices
        'the site account'  | { -> siteToken }               | ['Máy chủ AGX#', 'Máy chủ CTR#']  | ['agx-dev-#', 'ctr-dev-#']
        'the agency account'| { -> agencyToken }             | ['Máy chủ AGX#']                  | ['agx-dev-#']
        'the agency reader' | { -> agencyReaderToken }       | ['Máy chủ AGX#']                  | ['agx-dev-#']
        'the administrator' | { -> adminToken }              | ['Máy chủ AGX#', 'Máy chủ CTR#', 'Máy chủ FAR#'] | ['agx-dev-#', 'ctr-dev-#', 'far-dev-#']
    }

    def "#who pages #what one at a time: the count and the pages are of what it may see"() {
        when: 'the register is read one row a page'
        def first = calls.get("$path?limit=1", token()).json
        def pages = (0..<(first.count as int)).collectMany { int i -> calls.get("$path?limit=1&offset=$i", token()).json.results*.id }

        then:
        first.count == expected.size()
        first.results.size() == 1
        (first.next != null) == (expected.size() > 1)
        pages*.toString() == expected.collect { ids[it].toString() }

        where:
        who                  | token               | what                  | path                               || expected
        'the site account'   | { -> siteToken }    | 'the sites'           | '/api/sites'                       || ['own']
        'the site account'   | { -> siteToken }    | 'the rooms'           | '/api/rooms'                       || ['ownRoom']
        'the site account'   | { -> siteToken }    | 'the racks'           | '/api/racks'                       || ['agencyRack', 'centreRack']
        'the agency account' | { -> agencyToken }  | 'the sites'           | '/api/sites'                       || ['own']
        'the agency account' | { -> agencyToken }  | 'the rooms'           | '/api/rooms'                       || ['ownRoom']
        'the agency account' | { -> agencyToken }  | 'the racks'           | '/api/racks'                       || ['agencyRack']
        'the agency reader'  | { -> agencyReaderToken } | 'the racks'      | '/api/racks'                       || ['agencyRack']
    }

    // --- the equipment's records: cables and power cords, a power chain, stock-takes and change requests on both sites

    def "seeded: each site's servers corded to a PDU, a power-chain element, a stock-take and a change request on each"() {
        when:
        long agencyPdu = post('/api/assets', asset(ids.own as String, ids.ownRoom as long, ids.agencyRack as long, "PDU AGX$r", "AGXPDU-$r") + [positionU: 1, kind: 'pdu']).id as long
        long centrePdu = post('/api/assets', asset(ids.own as String, ids.ownRoom as long, ids.centreRack as long, "PDU CTR$r", "CTRPDU-$r") + [positionU: 1, kind: 'pdu']).id as long
        long farPdu = post('/api/assets', asset(ids.far as String, ids.farRoom as long, ids.farRack as long, "PDU FAR$r", "FARPDU-$r") + [positionU: 1, kind: 'pdu']).id as long
        ids.agencyPdu = agencyPdu
        ids.agencyCable = cord(ids.agencyAsset as long, agencyPdu)
        ids.centreCable = cord(ids.centreAsset as long, centrePdu)
        ids.farCable = cord(ids.farAsset as long, farPdu)
        ids.centrePort = cabling.portsOf(ids.centreAsset as long)[0].id()
        ids.farPort = cabling.portsOf(ids.farAsset as long)[0].id()
        ids.ownNode = post('/api/power-chain/nodes', [siteId: ids.own, kind: 'ups', name: "UPS CTRUPS$r"]).id
        ids.farNode = post('/api/power-chain/nodes', [siteId: ids.far, kind: 'ups', name: "UPS FARUPS$r"]).id
        ids.ownTake = post('/api/stocktakes', [siteId: ids.own, name: "Kiểm kê CTRTAKE$r"]).id
        ids.farTake = post('/api/stocktakes', [siteId: ids.far, name: "Kiểm kê FARTAKE$r"]).id
        ids.agencyChange = post('/api/changes', [kind: 'remove', title: "Rút AGX$r", assetId: ids.agencyAsset, agencyId: ids.agency]).change.id
        ids.centreChange = post('/api/changes', [kind: 'remove', title: "Tháo CTRCHG$r", assetId: ids.centreAsset]).change.id
        ids.farChange = post('/api/changes', [kind: 'remove', title: "Tháo FARCHG$r", assetId: ids.farAsset]).change.id

        then:
        calls.get('/api/changes', agencyToken).json.results*.change.title == ["Rút AGX$r".toString()]
        calls.get('/api/stocktakes', siteToken).json*.display == ["Kiểm kê CTRTAKE$r".toString()]
    }

    // --- personal data: a person at each site's door, each with their face picture

    def "seeded: an access event and a face picture at a door of each site"() {
        when:
        def now = clock.instant()
        [own: ids.own, far: ids.far].each { String k, Object site ->
            String who = k == 'far' ? "Người FAR$r" : "Người OWN$r"
            String door = "door-$k-$low"
            accessLog.append([new AccessEvent(null, door, "$k-$low", site as String, AccessResult.granted, "BADGE-${k.toUpperCase()}$r", who,
                    AccessDirection.in, now, now)])
            ids[k + 'Picture'] = pictures.store(new FacePictures.Pushed(door, site as String, "$k-$low", who, "BADGE-${k.toUpperCase()}$r", now,
                    PersonalDataApiSpec.JPEG)).get().id()
        }

        then:
        calls.get('/api/access-events?limit=1000', siteToken).json.results*.person.contains("Người OWN$r".toString())
        calls.get('/api/face-pictures?limit=1000', siteToken).json.results*.id*.toLong().contains(ids.ownPicture as long)
    }

    long cord(long server, long pdu) {
        long psu = cabling.portNamed(server, 'PSU1', PortKind.power_port, 'scope-spec').id()
        long outlet = cabling.portNamed(pdu, 'A1', PortKind.power_outlet, 'scope-spec').id()
        post('/api/cables', [aPortId: psu, bPortId: outlet, type: 'power']).id as long
    }

    def "#who is answered 404 for #what of another site or agency, never 403"() {
        expect:
        def answer = calls.get(path.call(), token.call())
        answer.status == 404
        !leaks(answer.text, path.call(), agencyMarkers())

        where:
        who                 | token                    | what                  | path
        'the site account'  | { -> siteToken }         | 'an asset'            | { -> "/api/assets/${ids.farAsset}" }
        'the site account'  | { -> siteToken }         | 'a device'            | { -> "/api/devices/${ids.farDevice}" }
        'the site account'  | { -> siteToken }         | 'a device\'s values'  | { -> "/api/devices/${ids.farDevice}/readings/latest" }
        'the site account'  | { -> siteToken }         | 'a series'            | { -> "/api/readings?device=${ids.farDevice}&metric=pdu.power" }
        'the site account'  | { -> siteToken }         | 'an alarm'            | { -> "/api/alarms/${ids.farAlarm}" }
        'the site account'  | { -> siteToken }         | 'a rack'              | { -> "/api/racks/${ids.farRack}" }
        'the site account'  | { -> siteToken }         | 'a site\'s dashboard' | { -> "/api/dashboard/sites/${ids.far}" }
        'the site account'  | { -> siteToken }         | 'a site\'s rooms'     | { -> "/api/rooms?siteId=${ids.far}" }
        'the site account'  | { -> siteToken }         | 'a site\'s alarms'    | { -> "/api/alarms?site=${ids.far}" }
        'the agency account'| { -> agencyToken }       | 'the centre\'s asset' | { -> "/api/assets/${ids.centreAsset}" }
        'the agency account'| { -> agencyToken }       | 'the centre\'s device'| { -> "/api/devices/${ids.centreDevice}" }
        'the agency account'| { -> agencyToken }       | 'the centre\'s alarm' | { -> "/api/alarms/${ids.centreAlarm}" }
        'the agency account'| { -> agencyToken }       | 'the centre\'s rack'  | { -> "/api/racks/${ids.centreRack}" }
        'the agency account'| { -> agencyToken }       | 'another agency'      | { -> "/api/agencies/${ids.other}" }
        'the agency account'| { -> agencyToken }       | 'another\'s equipment'| { -> "/api/agencies/${ids.other}/equipment" }
        'the agency account'| { -> agencyToken }       | 'another\'s report'   | { -> "/api/agencies/${ids.other}/report?format=json" }
        'the agency account'| { -> agencyToken }       | 'its site\'s power'   | { -> "/api/dashboard/sites/${ids.own}" }
        'the agency reader' | { -> agencyReaderToken } | 'the audit trail'     | { -> '/api/audit-events' }
        'the agency reader' | { -> agencyReaderToken } | 'the accounts'        | { -> '/api/users' }
    }

    def "the agency's account reads its own agency, its equipment, its report and its page"() {
        when:
        def list = calls.get('/api/agencies', agencyReaderToken).json
        def equipment = calls.get("/api/agencies/${ids.agency}/equipment", agencyReaderToken)
        def report = calls.get("/api/agencies/${ids.agency}/report?format=json&lang=vi", agencyReaderToken)
        def page = calls.get('/ui/agency', agencyReaderToken, [Accept: 'text/html'])

        then:
        list.results*.code == ["AGX$r".toString()]
        equipment.status == 200
        equipment.json*.name == ["AGXRACK$r".toString()]
        report.status == 200
        report.text.contains(ids.agencyDevice as String)
        !leaks(report.text, '', agencyMarkers())
        page.status == 200
        page.text.contains(ids.agencyDevice as String) && page.text.contains('Quá tải')
        !leaks(page.text, '', agencyMarkers())
    }

    def "every API operation as #who: nothing of another site or agency, a foreign id answers 404"() {
        given:
        String token = tokenOf.call()
        List<String> markers = markersOf.call()
        Map<String, List<String>> foreign = foreignOf.call()
        List<String> wrong = []
        int reached = 0

        when:
        for (OpenApi.Operation op : OpenApi.operations()) {
            if (op.path.endsWith('/stream')) {
                continue // the live streams have their own feature below
            }
            for (Tried tried : uris(op, foreign)) {
                String uri = tried.uri
                def answer = calls.send(op.method, uri, [Authorization: "Bearer $token"], op.method == 'GET' ? null : [:])
                if (answer.status == 403 && rolesAllow(op)) {
                    wrong << "$op.method $uri: 403 (a scope answers 404)"
                } else if (answer.status >= 500) {
                    wrong << "$op.method $uri: ${answer.status}"
                } else if (tried.foreignId && answer.status != 404 && rolesAllow(op)) {
                    wrong << "$op.method $uri: ${answer.status} for an id outside the scope (expected 404)"
                }
                String leak = leaks(answer.text, uri, markers)
                if (leak) {
                    wrong << "$op.method $uri (${answer.status}) shows $leak"
                }
                if (answer.status == 200) {
                    reached++
                }
            }
        }

        then:
        wrong == []
        reached >= minimumReached // the crawl reached what the scope lets through, not only 404s

        where:
        who                  | tokenOf                | markersOf               | foreignOf                | minimumReached
        'the site account'   | { -> siteToken }       | { -> farMarkers() }     | { -> foreignToSite() }   | 10
        'the agency account' | { -> agencyToken }     | { -> agencyMarkers() }  | { -> foreignToAgency() } | 8
    }

    def "every screen as #who: nothing of another site or agency"() {
        given:
        String token = tokenOf.call()
        List<String> screens = Navigation.items()*.href + ['/ui/agency', "/ui/agencies/${ids.other}", "/ui/assets/${ids.farAsset}",
                "/ui/racks/${ids.farRack}", "/ui/devices/${ids.farDevice}", "/ui/alarms/${ids.farAlarm}", "/ui/agencies/${ids.agency}"]*.toString()

        when:
        List<String> wrong = screens.collect { String path ->
            def answer = calls.get(path, token, [Accept: 'text/html,*/*;q=0.8'])
            String leak = leaks(answer.text, path, markersOf.call())
            answer.status >= 500 ? "$path: ${answer.status}" : answer.status == 403 ? "$path: 403" : leak ? "$path shows $leak" : null
        }.findAll()

        then:
        wrong == []

        where:
        who                  | tokenOf            | markersOf
        'the site account'   | { -> siteToken }   | { -> farMarkers() }
        'the agency account' | { -> agencyToken } | { -> agencyMarkers() }
    }

    def "the alarm console's live stream tells #who of its own alarms only"() {
        given:
        def stream = EventStream.open(server.URL, '/api/alarms/stream', tokenOf.call())

        when:
        raiser.raise(new AlarmSignal(ids.farDevice as String, 'scope-live', '0', Severity.critical, 'QĐ 11/2023 Điều 17', "Live FAR$r"))
        raiser.raise(new AlarmSignal(ids.centreDevice as String, 'scope-live', '0', Severity.critical, 'QĐ 11/2023 Điều 17', "Live CTR$r"))
        raiser.raise(new AlarmSignal(ids.agencyDevice as String, 'scope-live', '0', Severity.critical, 'QĐ 11/2023 Điều 17', "Live AGX$r"))

        then:
        EventStream.waitFor { stream.lines().any { it.contains("Live AGX$r") } }
        !stream.lines().any { it.contains("Live FAR$r") }
        stream.lines().any { it.contains("Live CTR$r") } == seesCentre

        cleanup:
        ['far', 'centre', 'agency'].each { String k ->
            raiser.clear(ids[k + 'Device'] as String, 'scope-live', '0')
        }

        where:
        who                  | tokenOf            | seesCentre
        'the site account'   | { -> siteToken }   | true
        'the agency account' | { -> agencyToken } | false
    }

    def "the dashboard's live stream names #who's devices only"() {
        given:
        def stream = EventStream.open(server.URL, '/api/dashboard/stream', tokenOf.call())

        when:
        def now = clock.instant()
        sink.record([Reading.of(now, ids.farDevice as String, 'pdu.power', '0', 999.0d, 'W')])
        sink.record([Reading.of(now, ids.centreDevice as String, 'pdu.power', '0', 999.0d, 'W')])
        sink.record([Reading.of(now, ids.agencyDevice as String, 'pdu.power', '0', 999.0d, 'W')])

        then:
        EventStream.waitFor { stream.lines().any { it.contains(ids.agencyDevice as String) } }
        !stream.lines().any { it.contains(ids.farDevice as String) }
        stream.lines().any { it.contains(ids.centreDevice as String) } == seesCentre

        where:
        who                  | tokenOf            | seesCentre
        'the site account'   | { -> siteToken }   | true
        'the agency account' | { -> agencyToken } | false
    }

    def "the administrator limits an account on the accounts screen, and lifts the limit again"() {
        given:
        String name = "scope-screen-${r.toLowerCase()}"
        users.person(name, "Phạm vi màn hình", EnumSet.of(Role.operator))
        long id = accounts.findByUsername(name).get().id()
        Map form = [Authorization: "Bearer ${users.adminToken()}", 'Content-Type': 'application/x-www-form-urlencoded']

        when:
        def limited = calls.send('POST', "/ui/accounts/$id/scope", form, "siteIds=${ids.own}&agencyId=${ids.agency}")
        def page = calls.get('/ui/accounts', users.adminToken(), [Accept: 'text/html'])
        def read = calls.get("/api/users/$id/scope", users.adminToken()).json

        then:
        limited.status == 303
        read.siteIds == [ids.own]
        read.agencyId == ids.agency
        page.text.contains("Đơn vị: AGX$r")

        when:
        calls.send('POST', "/ui/accounts/$id/scope", form, 'agencyId=')

        then:
        with(calls.get("/api/users/$id/scope", users.adminToken()).json) {
            !siteIds // an empty list is left out of the JSON
            agencyId == null
        }
    }

    // --- a hosted agency's own person (the agency role): reads its own, writes its change requests and their letters alone

    /** The writes an agency's person may make: its change requests (filed, submitted, withdrawn) and their letters. */
    static final List<String> AGENCY_WRITES = ['POST /api/changes', 'POST /api/changes/{id}/submit', 'POST /api/changes/{id}/cancel',
                                               'POST /api/documents', 'POST /api/incidents/{id}/agency-notes']

    def "an account of the agency role is always limited to exactly one agency: #what is refused with 422 naming #field"() {
        when:
        def answer = refusal(what, "ag-${what.replaceAll(/\W+/, '')}-${r.toLowerCase()}".take(60))

        then:
        answer.status == 422
        answer.json.fields*.field == [field]

        where:
        what                                  | field
        'created with no agency'              | 'agencyId'
        'created with a staff role beside it' | 'roles'
        'created for an agency that is not'   | 'agencyId'
        'its agency taken away'               | 'agencyId'
        'a staff role given beside it'        | 'roles'
        'given to staff limited to no agency' | 'agencyId'
    }

    /** The administrator's attempt to leave an agency's person without exactly its agency, by the feature's words. */
    Calls.Answer refusal(String what, String name) {
        Map auth = [Authorization: "Bearer ${users.adminToken()}"]
        String password = 'Agency-Pass#2026x'
        switch (what) {
            case 'created with no agency': return calls.send('POST', '/api/users', auth, [username: name, roles: ['agency'], password: password])
            case 'created with a staff role beside it': return calls.send('POST', '/api/users', auth, [username: name, roles: ['agency', 'operator'], password: password, agencyId: ids.agency])
            case 'created for an agency that is not': return calls.send('POST', '/api/users', auth, [username: name, roles: ['agency'], password: password, agencyId: 999999999])
            case 'its agency taken away': return calls.send('PUT', "/api/users/${personId()}/scope", auth, [siteIds: [ids.own]])
            case 'a staff role given beside it': return calls.send('PUT', "/api/users/${personId()}", auth, [roles: ['agency', 'auditor']])
            case 'given to staff limited to no agency': return calls.send('PUT', "/api/users/${staffId(name)}", auth, [roles: ['agency']])
        }
        throw new IllegalArgumentException(what)
    }

    def "an account of the agency role is made with its agency, and an agency's person made without one reaches nothing"() {
        given:
        String admin = users.adminToken()
        String name = "ag-made-${r.toLowerCase()}"
        String stray = "ag-stray-${r.toLowerCase()}"
        // a row written around the account service (an old import, a hand edit): the role without its agency
        users.person(stray, 'Lạc đơn vị', EnumSet.of(Role.agency))
        String strayToken = users.login(stray, TestUsers.PASSWORD).access_token

        when:
        def made = calls.post('/api/users', [username: name, fullName: 'Nguyễn Thị Đơn Vị', roles: ['agency'],
                                             password: 'Agency-Pass#2026x', agencyId: ids.agency], admin)

        then:
        made.status == 201
        made.json.roles == ['agency']
        calls.get("/api/users/${made.json.id}/scope", admin).json.agencyId == ids.agency
        // an empty list is left out of the answer
        calls.get('/api/assets', strayToken).json.count == 0
        calls.get('/api/alarms', strayToken).json.count == 0
        calls.get('/api/changes', strayToken).json.count == 0
    }

    def "the agency's own person reads its own equipment, alarms, readings, power draw, work orders and incidents"() {
        when:
        String t = agencyPersonToken
        def draw = calls.get('/api/power-connections/draw', t)
        def series = calls.get("/api/readings?device=${ids.agencyDevice}&metric=pdu.power", t)

        then:
        calls.get('/api/assets', t).json.results*.name.toSet() == ["Máy chủ AGX$r", "PDU AGX$r"]*.toString().toSet()
        calls.get('/api/alarms', t).json.results*.source.toSet() == [ids.agencyDevice].toSet()
        series.status == 200 && series.text.contains('1234')
        draw.status == 200
        draw.text.contains("Máy chủ AGX$r") && !leaks(draw.text, '', agencyMarkers())
        calls.get('/api/work-orders', t).json.results*.id == [ids.agencyOrder]
        calls.get('/api/incidents', t).json.results*.id == [ids.agencyIncident]
        calls.get('/api/changes', t).json.results*.change.title == ["Rút AGX$r".toString()]
        // what is not its own to read: the monitoring set-up, the audit trail, the accounts, the site's dashboard
        calls.get('/api/devices', t).status == 403
        calls.get('/api/audit-events', t).status == 403
        calls.get('/api/users', t).status == 403
        calls.get("/api/dashboard/sites/${ids.own}", t).status in [403, 404]
    }

    def "the agency's own person files a request with its letter and follows it; deciding and executing are not its own"() {
        given:
        String t = agencyPersonToken
        long letterId = letter(t)

        when:
        // a second server in the rack the agency rents (the first has its removal open), to be powered from its PDU
        long server = post('/api/assets', asset(ids.own as String, ids.ownRoom as long, ids.agencyRack as long, "Máy chủ AGX2$r", "AGX2-$r") + [positionU: 20]).id as long
        ids.agencyServer2 = server
        long outlet = cabling.portNamed(ids.agencyPdu as long, 'A2', PortKind.power_outlet, 'scope-spec').id()
        def drafted = calls.post('/api/changes', [kind: 'connect', title: "Cấp nguồn AGX$r", assetId: server,
                                                  letterDocumentId: letterId, reason: 'Công văn 12/SYT',
                                                  links: [[portName: 'PSU2', portKind: 'power_port', farPortId: outlet]]], t)
        assert drafted.status == 201: drafted.text
        long id = drafted.json.change.id as long
        def submitted = calls.post("/api/changes/$id/submit", [:], t)
        def approve = calls.post("/api/changes/$id/approve", [crew: 'Đội 1'], t)
        def refuse = calls.post("/api/changes/$id/refuse", [reason: 'x'], t)
        def thread = calls.get("/api/changes/$id/thread", t)
        def other = calls.post('/api/changes', [kind: 'remove', title: 'x', assetId: ids.centreAsset], t)
        def foreignLetter = calls.post('/api/changes', [kind: 'remove', title: 'x', assetId: ids.agencyAsset,
                                                        letterDocumentId: letter(users.token(EnumSet.of(Role.supervisor)))], t)

        then: 'filed in the name of its agency with its letter, and submitted'
        drafted.status == 201
        drafted.json.change.agencyId == ids.agency
        drafted.json.change.letterDocumentId == letterId
        submitted.status == 200
        submitted.json.change.status == 'submitted'
        calls.get("/api/documents/$letterId/meta", t).status == 200

        and: 'it cannot decide it, and the decision stays open'
        approve.status in [403, 404]
        refuse.status in [403, 404]
        calls.get("/api/changes/$id", t).json.change.status == 'submitted'
        thread.status == 200

        and: 'nor ask about equipment or letters not its own'
        other.status == 404
        foreignLetter.status == 404
    }

    def "every API operation as the agency's own person: nothing of another, no write but its requests and their letters"() {
        given:
        Map<String, List<String>> foreign = foreignToAgency()
        List<String> wrong = []
        int reached = 0

        when:
        for (OpenApi.Operation op : OpenApi.operations()) {
            if (op.path.endsWith('/stream')) {
                continue
            }
            boolean writing = op.method != 'GET'
            // its own account (password, keys, second factor) is every person's to change
            boolean own = op.group in ['My account', 'Second factor']
            for (Tried tried : uris(op, foreign)) {
                // an import takes CSV: sent as such, so that the role rules answer rather than the body's type
                def answer = op.path.endsWith('/import')
                        ? calls.send(op.method, tried.uri, [Authorization: "Bearer $agencyPersonToken", 'Content-Type': 'text/csv'], 'name\n')
                        : calls.send(op.method, tried.uri, [Authorization: "Bearer $agencyPersonToken"], writing ? [:] : null)
                if (answer.status >= 500) {
                    wrong << "$op.method $tried.uri: ${answer.status}"
                } else if (tried.foreignId && !(answer.status in [403, 404])) {
                    wrong << "$op.method $tried.uri: ${answer.status} for an id outside the scope"
                } else if (writing && !own && !("$op.method $op.path".toString() in AGENCY_WRITES) && !(answer.status in [403, 404])) {
                    wrong << "$op.method $tried.uri: ${answer.status} (an agency's person writes only its requests and letters)"
                }
                String leak = leaks(answer.text, tried.uri, agencyMarkers())
                if (leak) {
                    wrong << "$op.method $tried.uri (${answer.status}) shows $leak"
                }
                if (answer.status == 200 && !writing) {
                    reached++
                }
            }
        }

        then:
        wrong == []
        reached >= 8
    }

    def "every screen as the agency's own person: nothing of another agency, and no screen errs"() {
        given:
        List<String> screens = Navigation.items()*.href + ['/ui/agency', "/ui/agencies/${ids.other}", "/ui/assets/${ids.centreAsset}",
                "/ui/assets/${ids.agencyAsset}", "/ui/alarms/${ids.centreAlarm}", "/ui/changes/${ids.centreChange}",
                "/ui/changes/${ids.agencyChange}", "/ui/incidents/${ids.centreIncident}", "/ui/workorders/${ids.centreOrder}"]*.toString()

        when:
        List<String> wrong = screens.collect { String path ->
            def answer = calls.get(path, agencyPersonToken, [Accept: 'text/html,*/*;q=0.8'])
            String leak = leaks(answer.text, path, agencyMarkers())
            answer.status >= 500 ? "$path: ${answer.status}" : leak ? "$path shows $leak" : null
        }.findAll()
        def page = calls.get('/ui/agency', agencyPersonToken, [Accept: 'text/html'])

        then:
        wrong == []
        page.status == 200
        page.text.contains(ids.agencyDevice as String)
    }

    // --- one incident across both sites and all three owners: each limited account reaches its part of it, no more

    def "seeded: one incident holding the far site's, the centre's and the agency's alarm, given to a person with a root cause"() {
        when: 'a power loss raises an alarm of a second meter on each server (a new alarm of the first meters would join their incidents)'
        Map mark = [far: 'FAR', centre: 'CTR', agency: 'AGX']
        List<Object> shared = ['far', 'centre', 'agency'].collect { String k ->
            String device = "${mark[k].toLowerCase()}${r.toLowerCase()}-meter2"
            post('/api/devices', [id: device, siteId: k == 'far' ? ids.far : ids.own, assetId: ids[k + 'Asset'], name: "Đo nhiệt ${mark[k]}$r",
                                  protocol: 'mqtt'])
            raiser.raise(new AlarmSignal(device, 'scope-shared', '0', Severity.major, 'QĐ 11/2023 Điều 17', "Mất nguồn ${device.toUpperCase()}"))
            calls.get("/api/alarms?device=$device", adminToken).json.results.find { it.ruleId == 'scope-shared' }.id
        }
        ids.sharedIncident = post('/api/incidents', [title: "Mất điện chung SHARED$r", siteId: ids.own, level: 'ordinary',
                                                     alarmIds: shared]).incident.id
        def set = calls.send('PATCH', "/api/incidents/${ids.sharedIncident}", [Authorization: "Bearer ${all()}"],
                [assignee: "Trực FAR-$r", rootCause: "Tủ điện FAR$r"])

        then:
        set.status == 200
        calls.get("/api/incidents/${ids.sharedIncident}", adminToken).json.alarms.size() == 3
    }

    def "every operation on the shared incident as #who: its part read and printed, notes of its part, nothing of the rest changed"() {
        given:
        String token = tokenOf.call()
        List<String> markers = markersOf.call()
        List<String> wrong = []
        List<String> read = []

        when:
        for (OpenApi.Operation op : OpenApi.operations().findAll { it.path.startsWith('/api/incidents/{id}') }) {
            String uri = concrete(op.path, ids.sharedIncident as String)
            boolean writing = op.method != 'GET'
            boolean noting = op.path.endsWith('/journal') || op.path.endsWith('/agency-notes')
            def answer = calls.send(op.method, uri, [Authorization: "Bearer $token"], writing ? [:] : null)
            // a printed part is read as printed: the words of the PDF, not its compressed bytes
            String text = !writing && op.path.endsWith('/report') && answer.status == 200 ? printed(uri, token) : answer.text
            if (answer.status >= 500) {
                wrong << "$op.method $uri: ${answer.status}"
            } else if (answer.status == 403 && rolesAllow(op, roles)) {
                wrong << "$op.method $uri: 403 (a scope answers 404)"
            } else if (!writing && answer.status != 200) {
                wrong << "$op.method $uri: ${answer.status} (its part is its to read)"
            } else if (writing && !noting && !(answer.status in [403, 404])) {
                wrong << "$op.method $uri: ${answer.status} (the whole is not its to change)"
            } else if (noting && !(answer.status in [400, 403, 404, 422])) {
                wrong << "$op.method $uri: ${answer.status} (an empty note is refused)"
            }
            String leak = leaks(text, uri, markers)
            if (leak) {
                wrong << "$op.method $uri (${answer.status}) shows $leak"
            }
            if (!writing && answer.status == 200) {
                read << "$op.method $op.path".toString()
            }
        }
        List<String> screens = ['/ui/incidents', "/ui/incidents/${ids.sharedIncident}"]*.toString()
        screens.each { String path ->
            def answer = calls.get(path, token, [Accept: 'text/html,*/*;q=0.8'])
            String leak = leaks(answer.text, path, markers)
            if (answer.status != 200 || leak) {
                wrong << "$path: ${answer.status} ${leak ?: ''}"
            }
        }
        def whole = calls.get("/api/incidents/${ids.sharedIncident}", adminToken).json

        then:
        wrong == []
        read.containsAll(['GET /api/incidents/{id}', 'GET /api/incidents/{id}/report'])
        whole.incident.assignee == "Trực FAR-$r" && whole.incident.status != 'closed' && whole.rootCause == "Tủ điện FAR$r"

        where:
        who                        | tokenOf                   | markersOf              | roles
        'the site account'         | { -> siteToken }          | { -> farMarkers() }    | TestUsers.EVERY_ROLE
        'the agency account'       | { -> agencyToken }        | { -> agencyMarkers() } | TestUsers.EVERY_ROLE
        'the agency\'s own person' | { -> agencyPersonToken }  | { -> agencyMarkers() } | EnumSet.of(Role.agency)
    }

    /** Whether the role rules let these roles (the crawl's: every staff role) through to the operation. */
    boolean rolesAllow(OpenApi.Operation op, Set<Role> roles = TestUsers.EVERY_ROLE) {
        rules.api(op.group).map { it.allows(roles*.name(), op.method != 'GET') }.orElse(false)
    }

    /** The text of a PDF answered at {@code uri}. */
    String printed(String uri, String token) {
        def answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("${server.URL}$uri"))
                .header('Authorization', "Bearer $token").build(), HttpResponse.BodyHandlers.ofByteArray())
        Loader.loadPDF(answer.body()).withCloseable { new PDFTextStripper().getText(it) }
    }

    long personId() {
        accounts.findByUsername("scope-person-${r.toLowerCase()}").get().id()
    }

    long staffId(String name) {
        users.person(name, "Nhân viên $name", EnumSet.of(Role.operator))
        accounts.findByUsername(name).get().id()
    }

    /** A request letter uploaded by the holder of the token: its document id. */
    long letter(String token) {
        def answer = calls.upload('/api/documents', token, 'cong-van.pdf', 'application/pdf', DocumentApiSpec.PDF)
        assert answer.status == 201: answer.text
        answer.json.id as long
    }

    // --- the crawl's machinery

    Map<String, List<String>> foreignToSite() {
        ([asset : [ids.farAsset], device: [ids.farDevice], rack: [ids.farRack], room: [ids.farRoom], site: [ids.far],
         alarm : [ids.farAlarm], agency: [], cable: [ids.farCable], port: [ids.farPort], power_node: [ids.farNode],
         stocktake: [ids.farTake], change: [ids.farChange], document: [ids.staffDocument],
         face_picture: [ids.farPicture]].collectEntries { k, v -> [k, v*.toString()] } + operationsForeign(['far'])) as Map<String, List<String>>
    }

    Map<String, List<String>> foreignToAgency() {
        ([asset : [ids.farAsset, ids.centreAsset], device: [ids.farDevice, ids.centreDevice], rack: [ids.farRack, ids.centreRack],
         room  : [ids.farRoom], site: [ids.far], alarm: [ids.farAlarm, ids.centreAlarm], agency: [ids.other],
         cable : [ids.farCable, ids.centreCable], port: [ids.farPort, ids.centrePort], power_node: [ids.farNode],
         // its site's stock-take: an agency reaches no stock-take route at all
         stocktake: [ids.farTake, ids.ownTake], change: [ids.farChange, ids.centreChange], document: [ids.staffDocument],
         // the doors are the centre's: an agency reaches no face picture, its own site's neither
         face_picture: [ids.farPicture, ids.ownPicture]]
                .collectEntries { k, v -> [k, v*.toString()] } + operationsForeign(['far', 'centre'])) as Map<String, List<String>>
    }

    /** What a path's {id} names, by where it sits; null where the spec cannot tell (every foreign id is tried then). */
    static String kindOf(String path) {
        def prefixes = ['/api/assets/': 'asset', '/api/devices/': 'device', '/api/racks/': 'rack', '/api/rooms/': 'room',
                        '/api/sites/': 'site', '/api/dashboard/sites/': 'site', '/api/alarms/': 'alarm', '/api/agencies/': 'agency',
                        '/api/cables/': 'cable', '/api/ports/': 'port', '/api/power-chain/nodes/': 'power_node',
                        '/api/power-connections/outage/': 'power_node', '/api/power-connections/assets/': 'asset',
                        '/api/capacity/batteries/': 'asset', '/api/capacity/rooms/': 'room', '/api/stocktakes/': 'stocktake',
                        '/api/changes/': 'change', '/api/documents/': 'document', '/api/face-pictures/': 'face_picture']
        (prefixes + OPERATION_KINDS).find { path.startsWith(it.key) }?.value
    }

    /** One address the crawl asks, and whether its path names an id outside the scope (then only 404 will do). */
    static class Tried {
        String uri
        boolean foreignId
    }

    /**
     * The addresses tried for one operation: with each foreign id in its path where the path's kind is known, else with
     * every foreign id; with each scoped query parameter set to a foreign site or device; and as it is.
     */
    List<Tried> uris(OpenApi.Operation op, Map<String, List<String>> foreign) {
        List<Tried> out = []
        if (op.pathParams().isEmpty()) {
            out << new Tried(uri: concrete(op.path, null), foreignId: false)
        } else {
            String kind = kindOf(op.path)
            List<String> candidates = kind ? foreign[kind] : foreign.values().flatten() as List<String>
            // the caller's own things (its API keys) are named by ids no scope governs
            boolean own = op.path.startsWith('/api/me/')
            candidates.each { String id -> out << new Tried(uri: concrete(op.path, id), foreignId: !own) }
        }
        if (op.method == 'GET' && op.pathParams().isEmpty()) {
            Map<String, String> named = [site: foreign.site[0], siteId: foreign.site[0], device: foreign.device[0],
                                         deviceId: foreign.device[0], assetId: foreign.asset[0], rackId: foreign.rack[0],
                                         roomId: foreign.room[0]]
            op.query().findAll { it.name in named.keySet() }.each { Map q ->
                out << new Tried(uri: concrete(op.path, null) + "?${q.name}=${named[q.name]}&metric=pdu.power", foreignId: false)
            }
        }
        out.unique { it.uri }
    }

    /** The path with its first variable filled by {@code first} and any other by a number (a kind by "asset"). */
    static String concrete(String template, String first) {
        boolean used = false
        template.replaceAll(/\{\?[^}]*}/, '').replaceAll(/\{([^}]+)}/) { all, String name ->
            if (first != null && !used) {
                used = true
                return first
            }
            name.toLowerCase().contains('kind') ? 'asset' : '999999999'
        }
    }

    /** The first marker in a text, the parts of the address the caller asked for left out (a 404 may repeat them); null when none. */
    static String leaks(String text, String uri, List<String> markers) {
        if (!text) return null
        String seen = text.toLowerCase()
        uri.split(/[\/?&=]/).findAll { it.length() > 3 }.each { seen = seen.replace(it.toLowerCase(), ' ') }
        markers.find { seen.contains(it.toLowerCase()) }
    }

    Object alarmOf(String device) {
        calls.get("/api/alarms?device=$device", users.adminToken()).json.results.find { it.ruleId == 'scope-spec' }?.id
    }

    Map asset(String site, long room, long rack, String name, String label) {
        [siteId: site, roomId: room, rackId: rack, positionU: 10, heightU: 2, face: 'front', kind: 'server', name: name, labelCode: label]
    }
}
