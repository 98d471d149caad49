package vn.dcim.web.scope

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared
import vn.dcim.core.access.AccessDirection
import vn.dcim.core.access.AccessEvent
import vn.dcim.core.access.AccessLog
import vn.dcim.core.access.AccessResult
import vn.dcim.core.account.UserAccounts
import vn.dcim.core.alarm.AlarmRaiser
import vn.dcim.core.alarm.AlarmSignal
import vn.dcim.core.alarm.Severity
import vn.dcim.core.devicelog.DeviceLog
import vn.dcim.core.devicelog.DeviceLogEntry
import vn.dcim.core.devicelog.DeviceLogSeverity
import vn.dcim.core.devicelog.DeviceLogSource
import vn.dcim.core.db.Jdbc
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.TestUsers

import java.sql.Timestamp
import java.time.Clock
import java.time.Duration
import java.time.LocalDate
import java.time.YearMonth
import java.time.ZoneId

/**
 * The operations as accounts limited to a site or to an agency use them: incidents, work orders, maintenance windows,
 * notifications, the device log and the access log list only what is inside the scope, through the API and the
 * screens, and an id of another site or agency answers 404. Every name seeded carries AGX (the agency's equipment on
 * the own site), CTR (the centre's on the own site) or FAR (another agency's on the other site) and this run's mark.
 */
@MicronautTest(transactional = false)
class ScopeOperationsSpec extends ScopeSeededSpec {
    @Inject AccessLog accessLog
    @Inject DeviceLog deviceLog
    @Inject Jdbc jdbc

    @Shared Map<String, String> tokens = [:]

    /** The marks of what each account must see, and of what it must not. */
    static final Map<String, List<String>> SEES = [site: ['AGX', 'CTR'], agency: ['AGX'], admin: ['AGX', 'CTR', 'FAR']]
    static final Map<String, List<String>> MISSES = [site: ['FAR'], agency: ['CTR', 'FAR'], admin: []]

    def "seeded: two sites, an agency's and the centre's equipment on one, another agency's on the other, with their operations"() {
        given:
        def now = clock.instant()

        when:
        def at = seedSites("ops-own-$low", "TTDL vận hành $r", "ops-far-$low", "TTDL xa $r", "Phòng xa $r")
        Map racks = [AGX: post('/api/racks', [roomId: at.ownRoom, name: "Giá AGX$r"]).id, CTR: post('/api/racks', [roomId: at.ownRoom, name: "Giá CTR$r"]).id,
                     FAR: post('/api/racks', [roomId: at.farRoom, name: "Giá FAR$r"]).id]
        Map sites = [AGX: at.own, CTR: at.own, FAR: at.far]
        Map devices = [:], assets = [:]
        ['AGX', 'CTR', 'FAR'].each { String k ->
            long room = k == 'FAR' ? at.farRoom : at.ownRoom
            long asset = post('/api/assets', [siteId: sites[k], roomId: room, rackId: racks[k], positionU: 10, heightU: 2, face: 'front',
                                              kind: 'server', name: "Máy chủ $k$r", labelCode: "OPS-$k-$r"]).id as long
            assets[k] = asset
            devices[k] = "ops-${k.toLowerCase()}-$low".toString()
            post('/api/devices', [id: devices[k], siteId: sites[k], assetId: asset, name: "Đo điện $k$r", protocol: 'mqtt'])
        }
        long agency = seedAgency('OPA')
        long other = seedAgency('OPO')
        give(agency, 'rack', racks.AGX)
        give(other, 'rack', racks.FAR)
        Map alarms = [:], orders = [:], windows = [:]
        ['AGX', 'CTR', 'FAR'].each { String k ->
            raiser.raise(new AlarmSignal(devices[k] as String, 'ops-spec', '0', Severity.major, 'QĐ 11/2023 Điều 17', "Quá nhiệt $k$r"))
            alarms[k] = calls.get("/api/alarms?device=${devices[k]}", users.adminToken()).json.results.find { it.ruleId == 'ops-spec' }.id
            orders[k] = post('/api/work-orders', [title: "Thay quạt $k$r", device: devices[k], dueDate: LocalDate.now(clock).plusDays(3).toString()]).id
            windows[k] = post('/api/maintenance-windows', [target: [device: devices[k]], startsAt: now.plus(Duration.ofHours(1)).toString(),
                                                           endsAt: now.plus(Duration.ofHours(3)).toString(), reason: "Bảo trì $k$r"]).id
            accessLog.append([new AccessEvent(null, "door-${k.toLowerCase()}-$low", "m-$k-$low", sites[k] as String, AccessResult.granted,
                    "B-$k", "Người $k$r", AccessDirection.in, now, now)])
            deviceLog.append([new DeviceLogEntry(null, now, now, devices[k] as String, '10.9.9.9', DeviceLogSource.syslog,
                    DeviceLogSeverity.error, "Quạt hỏng $k$r", null, null, null)])
            notify(alarms[k] as long, "Tin báo $k$r")
        }
        // a rack's order and a whole site's window: the site's account sees them, an agency's account only its rack's
        orders.rackAGX = post('/api/work-orders', [title: "Kiểm tra giá AGX$r", rack: racks.AGX, dueDate: LocalDate.now(clock).plusDays(3).toString()]).id
        orders.rackFAR = post('/api/work-orders', [title: "Kiểm tra giá FAR$r", rack: racks.FAR, dueDate: LocalDate.now(clock).plusDays(3).toString()]).id
        windows.siteOwn = post('/api/maintenance-windows', [target: [site: at.own], startsAt: now.plus(Duration.ofHours(1)).toString(),
                                                            endsAt: now.plus(Duration.ofHours(2)).toString(), reason: "Cắt điện OWNSITE$r"]).id
        windows.siteFar = post('/api/maintenance-windows', [target: [site: at.far], startsAt: now.plus(Duration.ofHours(1)).toString(),
                                                            endsAt: now.plus(Duration.ofHours(2)).toString(), reason: "Cắt điện FAR$r"]).id
        // an incident opened by hand for a site, on no alarm: the site's, the agency sees none of it
        Map manual = [own: post('/api/incidents', [title: "Sự cố tay OWNSITE$r", siteId: at.own, level: 'ordinary']).incident.id,
                      far: post('/api/incidents', [title: "Sự cố tay FAR$r", siteId: at.far, level: 'ordinary']).incident.id]
        ids = [own: at.own, far: at.far, racks: racks, assets: assets, devices: devices, alarms: alarms, orders: orders, windows: windows, manual: manual,
               agency: agency, incidents: ['AGX', 'CTR', 'FAR'].collectEntries { String k ->
            // a major alarm on ordinary equipment opens no incident by itself: the shift opens one on it
            [k, post('/api/incidents', [title: "Sự cố $k$r", siteId: sites[k], level: 'ordinary', alarmIds: [alarms[k]]]).incident.id] }]
        tokens.site = scopedToken("ops-site-$low", TestUsers.EVERY_ROLE, [siteIds: [at.own]])
        tokens.agency = scopedToken("ops-agency-$low", TestUsers.EVERY_ROLE, [agencyId: agency])
        tokens.admin = users.adminToken()

        then:
        ids.incidents.values().every { it != null }
    }

    def "#who lists the incidents inside its scope, and no other"() {
        when:
        def listed = calls.get('/api/incidents?limit=500', tokens[who]).json.results*.id as Set
        Map byMark = ids.incidents as Map

        then:
        SEES[who].every { byMark[it] in listed }
        MISSES[who].every { !(byMark[it] in listed) }
        (ids.manual.own in listed) == (who != 'agency')
        (ids.manual.far in listed) == (who == 'admin')

        where:
        who << ['site', 'agency', 'admin']
    }

    def "#who reads #what and finds only its own"() {
        when:
        def answer = calls.get(path, tokens[who])

        then:
        answer.status == 200
        SEES[who].every { answer.text.contains("$it$r") }
        MISSES[who].every { !answer.text.contains("$it$r") }

        where:
        [who, what, path] << [['site', 'agency', 'admin'], [
                ['work orders', '/api/work-orders?limit=500&state=all'],
                ['maintenance windows', '/api/maintenance-windows?limit=1000'],
                ['the windows\' calendar', '/api/maintenance-windows/occurrences'],
                ['notifications', '/api/notifications?limit=500'],
                ['the device log', '/api/device-log?limit=500'],
                ['the incidents screen', '/ui/incidents'],
                ['the work orders screen', '/ui/workorders?state=all'],
                ['the maintenance windows screen', '/ui/maintenance-windows']]].combinations().collect { w, wp -> [w] + wp }
    }

    def "the site's account sees its site's whole-site window and its doors; the agency's account neither"() {
        expect:
        with(calls.get('/api/maintenance-windows?limit=1000', tokens.site).text) { contains("OWNSITE$r") && !contains("FAR$r") }
        !calls.get('/api/maintenance-windows?limit=1000', tokens.agency).text.contains("OWNSITE$r")
        with(calls.get('/api/access-events?limit=1000', tokens.site)) {
            status == 200
            text.contains("Người AGX$r") && text.contains("Người CTR$r") && !text.contains("Người FAR$r")
        }
        with(calls.get('/ui/access-log', tokens.site, [Accept: 'text/html'])) {
            status == 200
            text.contains("Người CTR$r") && !text.contains("Người FAR$r")
        }
        calls.get('/api/access-events', tokens.agency).status == 404
        calls.get('/ui/access-log', tokens.agency, [Accept: 'text/html']).status == 404
    }

    def "#who is answered 404 for #what"() {
        expect:
        def answer = calls.send(method, path.call() as String, [Authorization: "Bearer ${tokens[who]}"], method == 'GET' ? null : body)
        answer.status == 404
        !answer.text.contains("FAR$r") && !answer.text.contains("CTR$r")

        where:
        who      | what                               | method | body                        | path
        'site'   | 'another site\'s incident'         | 'GET'  | null                        | { -> "/api/incidents/${ids.incidents.FAR}" }
        'site'   | 'a hand-opened one elsewhere'      | 'GET'  | null                        | { -> "/api/incidents/${ids.manual.far}" }
        'site'   | 'its screen'                       | 'GET'  | null                        | { -> "/ui/incidents/${ids.incidents.FAR}" }
        'site'   | 'its report'                       | 'GET'  | null                        | { -> "/api/incidents/${ids.incidents.FAR}/report" }
        'site'   | 'a note on it'                     | 'POST' | [text: 'ghi chú']           | { -> "/api/incidents/${ids.incidents.FAR}/journal" }
        'site'   | 'another site\'s work order'       | 'GET'  | null                        | { -> "/api/work-orders/${ids.orders.FAR}" }
        'site'   | 'moving it'                        | 'POST' | [status: 'cancelled']       | { -> "/api/work-orders/${ids.orders.FAR}/status" }
        'site'   | 'another site\'s window'           | 'GET'  | null                        | { -> "/api/maintenance-windows/${ids.windows.siteFar}" }
        'site'   | 'ending it'                        | 'POST' | [:]                         | { -> "/api/maintenance-windows/${ids.windows.FAR}/end" }
        'site'   | 'another site\'s device log'       | 'GET'  | null                        | { -> "/api/device-log?device=${ids.devices.FAR}" }
        'site'   | 'the unknown senders'              | 'GET'  | null                        | { -> '/api/device-log/unknown-senders' }
        'site'   | 'the handovers (the centre\'s)'    | 'GET'  | null                        | { -> '/api/handovers' }
        'agency' | 'the centre\'s incident'           | 'GET'  | null                        | { -> "/api/incidents/${ids.incidents.CTR}" }
        'agency' | 'the site\'s hand-opened incident' | 'GET'  | null                        | { -> "/api/incidents/${ids.manual.own}" }
        'agency' | 'the centre\'s work order'         | 'GET'  | null                        | { -> "/api/work-orders/${ids.orders.CTR}" }
        'agency' | 'another agency\'s rack order'     | 'GET'  | null                        | { -> "/api/work-orders/${ids.orders.rackFAR}" }
        'agency' | 'the site\'s window'               | 'GET'  | null                        | { -> "/api/maintenance-windows/${ids.windows.siteOwn}" }
        'agency' | 'the centre\'s device window'      | 'GET'  | null                        | { -> "/api/maintenance-windows/${ids.windows.CTR}" }
    }

    def "#who reads its own incident, work order and window by id"() {
        expect:
        calls.get("/api/incidents/${ids.incidents.AGX}", tokens[who]).status == 200
        calls.get("/ui/incidents/${ids.incidents.AGX}", tokens[who], [Accept: 'text/html,*/*;q=0.8']).status == 200
        calls.get("/api/work-orders/${ids.orders.AGX}", tokens[who]).status == 200
        calls.get("/api/work-orders/${ids.orders.rackAGX}", tokens[who]).status == 200
        calls.get("/api/maintenance-windows/${ids.windows.AGX}", tokens[who]).status == 200

        where:
        who << ['site', 'agency']
    }

    def "a limited account opens incidents, work orders and windows inside its scope only"() {
        given:
        String site = tokens.site
        String due = LocalDate.now(clock).plusDays(5).toString()
        def now = clock.instant()

        when:
        def ownIncident = calls.post('/api/incidents', [title: "Mở tại chỗ $r", siteId: ids.own, level: 'ordinary'], site)
        def farIncident = calls.post('/api/incidents', [title: "Mở nơi khác $r", siteId: ids.far, level: 'ordinary'], site)
        def foreignAlarm = calls.post('/api/incidents', [title: "Mở nơi khác $r", level: 'ordinary', alarmIds: [ids.alarms.FAR]], site)
        def agencyOnNothing = calls.post('/api/incidents', [title: "Đơn vị mở $r", siteId: ids.own, level: 'ordinary'], tokens.agency)
        def ownOrder = calls.post('/api/work-orders', [title: "Việc tại chỗ $r", device: ids.devices.CTR, dueDate: due], site)
        def farOrder = calls.post('/api/work-orders', [title: "Việc nơi khác $r", rack: ids.racks.FAR, dueDate: due], site)
        def agencyOnCentre = calls.post('/api/work-orders', [title: "Việc của TT $r", rack: ids.racks.CTR, dueDate: due], tokens.agency)
        def farWindow = calls.post('/api/maintenance-windows', [target: [site: ids.far], startsAt: now.plus(Duration.ofHours(1)).toString(),
                                                                endsAt: now.plus(Duration.ofHours(2)).toString(), reason: 'nơi khác'], site)

        then:
        ownIncident.status == 201
        ownIncident.json.incident.id in calls.get('/api/incidents?limit=500', site).json.results*.id
        farIncident.status == 404
        foreignAlarm.status == 404
        agencyOnNothing.status == 422
        agencyOnNothing.json.fields*.field == ['alarmIds']
        ownOrder.status == 201
        ownOrder.json.id in calls.get('/api/work-orders?limit=500&state=all', site).json.results*.id
        farOrder.status == 404
        agencyOnCentre.status == 404
        farWindow.status == 404
    }

    def "the incidents screen offers the form to open one to the site's account, not to the agency's"() {
        expect:
        calls.get('/ui/incidents', tokens.site, [Accept: 'text/html']).text.contains('/ui/incidents/new')
        with(calls.get('/ui/incidents/new', tokens.site, [Accept: 'text/html'])) {
            status == 200
            text.contains("TTDL vận hành $r") && !text.contains("TTDL xa $r")
        }
        !calls.get('/ui/incidents', tokens.agency, [Accept: 'text/html']).text.contains('/ui/incidents/new')
        calls.get('/ui/incidents/new', tokens.agency, [Accept: 'text/html']).status == 404
    }

    def "#who's menu offers the operations it reaches"() {
        when:
        def page = calls.get('/ui/incidents', tokens[who], [Accept: 'text/html'])
        def menu = (page.text =~ /id="nav-([a-z-]+)"/).collect { it[1] }

        then:
        menu.containsAll(offered)
        menu.intersect(hidden).isEmpty()

        where:
        who      | offered                                                             | hidden
        'site'   | ['incidents', 'workorders', 'maintenance-windows', 'access-log']    | ['handover', 'operation-log']
        'agency' | ['incidents', 'workorders', 'maintenance-windows']                  | ['access-log', 'handover']
    }

    def "an incident that touched the agency's device and the centre's: the agency reads its part, nothing of the centre's"() {
        given: 'one incident on an alarm of each, each acknowledged with a note, and a line the shift wrote about the centre\'s'
        // a second meter on each server: an alarm of the first would join the incident its earlier alarm is in
        Map meters = ['AGX', 'CTR'].collectEntries { String k ->
            String meter = "ops-${k.toLowerCase()}2-${r.toLowerCase()}"
            post('/api/devices', [id: meter, siteId: ids.own, assetId: ids.assets[k], name: "Đo nhiệt $k$r", protocol: 'mqtt'])
            [k, meter]
        }
        Map mixed = [:]
        ['AGX', 'CTR'].each { String k ->
            raiser.raise(new AlarmSignal(meters[k] as String, 'ops-mixed', '0', Severity.major, 'QĐ 11/2023 Điều 17', "Mất nguồn $k$r"))
            mixed[k] = calls.get("/api/alarms?device=${meters[k]}", users.adminToken()).json.results.find { it.ruleId == 'ops-mixed' }.id
        }
        def incident = post('/api/incidents', [title: "Sự cố chung MIX$r", siteId: ids.own, level: 'ordinary',
                                               alarmIds: [mixed.AGX, mixed.CTR]]).incident.id
        ['AGX', 'CTR'].each { assert calls.post("/api/alarms/${mixed[it]}/ack", [note: "Đã xem $it$r"], all()).status == 200 }
        post("/api/incidents/$incident/journal", [text: "Kiểm tra tủ CTR$r"])
        ids.mixed = incident
        ids.mixedAlarms = mixed
        String ctrDevice = meters.CTR

        when:
        def whole = calls.get("/api/incidents/$incident", tokens.admin)
        def listed = calls.get('/api/incidents?limit=500', tokens.agency)
        def part = calls.get("/api/incidents/$incident", tokens.agency)
        def screen = calls.get("/ui/incidents/$incident", tokens.agency, [Accept: 'text/html,*/*;q=0.8'])
        def screens = calls.get('/ui/incidents', tokens.agency, [Accept: 'text/html'])

        then: 'the centre reads the whole of it'
        whole.json.alarms*.id as Set == [mixed.AGX, mixed.CTR] as Set
        whole.text.contains("CTR$r") && !whole.json.part

        and: 'the agency lists it and reads its title, level, state and times, its own alarm and that alarm\'s journal'
        incident in listed.json.results*.id
        part.status == 200
        part.json.part
        part.json.incident.title == "Sự cố chung MIX$r"
        part.json.incident.level == 'ordinary' && part.json.incident.status == 'open' && part.json.incident.openedAt
        part.json.alarms*.id == [mixed.AGX]
        part.json.journal*.text.any { it.contains("Đã xem AGX$r") }
        !part.json.notifications

        and: 'nothing of the centre\'s device: its alarm, its name, its id, the lines about it'
        !part.text.contains("CTR$r") && !part.text.contains(ctrDevice)
        screen.status == 200
        screen.text.contains("MIX$r") && screen.text.contains("AGX$r")
        !screen.text.contains("CTR$r") && !screen.text.contains(ctrDevice)
        screens.text.contains("MIX$r") && !screens.text.contains("CTR$r")
    }

    def "the agency does not change an incident that is not all its own, and one that touched only others' stays absent"() {
        expect:
        calls.send(method, path.call() as String, [Authorization: "Bearer ${tokens.agency}"], body).status == 404

        where:
        what                              | method | body                      | path
        // noting its part and printing it are its own (ScopeSharedIncidentSpec); the whole of it is the centre's
        'closing it'                      | 'POST' | [:]                       | { -> "/api/incidents/${ids.mixed}/close" }
        'its assignee'                    | 'PATCH'| [assignee: 'x']           | { -> "/api/incidents/${ids.mixed}" }
        'the centre\'s own incident'      | 'GET'  | null                      | { -> "/api/incidents/${ids.incidents.CTR}" }
        'its screen'                      | 'GET'  | null                      | { -> "/ui/incidents/${ids.incidents.CTR}" }
        'another agency\'s incident'      | 'GET'  | null                      | { -> "/api/incidents/${ids.incidents.FAR}" }
    }

    def "the agency's monthly report lists the shared incident with its state, and nothing of the centre's device"() {
        given:
        String month = YearMonth.from(clock.instant().atZone(ZoneId.of('Asia/Ho_Chi_Minh'))).toString()

        when:
        def report = calls.get("/api/agencies/${ids.agency}/report?format=json&lang=vi&month=$month", tokens.agency)
        def incidents = report.json.sections.find { it.rows.any { row -> row.contains("Sự cố chung MIX$r".toString()) } }

        then:
        report.status == 200
        incidents.headers.contains('Trạng thái')
        incidents.rows.find { it.contains("Sự cố chung MIX$r".toString()) }.contains('Mới')
        !report.text.contains("CTR$r") && !report.text.contains(ids.devices.CTR as String)
    }

    // --- seeding

    /** A message the outbox sent about an alarm, as the planner queues it (stored delivered: nothing is sent). */
    void notify(long alarmId, String subject) {
        def now = Timestamp.from(clock.instant())
        jdbc.update('seed a message', "INSERT INTO notification (channel, address, role, subject, body, alarm_id, created_at, attempts,"
                + " next_attempt_at, delivered_at) VALUES ('email', 'ops@example.invalid', 'operator', ?, ?, ?, ?, 1, ?, ?)",
                subject, subject, alarmId, now, now, now)
    }
}
