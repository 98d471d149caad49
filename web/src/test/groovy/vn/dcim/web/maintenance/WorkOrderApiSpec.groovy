package vn.dcim.web.maintenance

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.account.Role
import vn.dcim.core.asset.Asset
import vn.dcim.core.asset.AssetKind
import vn.dcim.core.asset.AssetRepository
import vn.dcim.core.asset.AssetStatus
import vn.dcim.core.asset.Criticality
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.maintenance.WorkOrderPlanner
import vn.dcim.core.maintenance.WorkOrderRepository
import vn.dcim.core.site.Rack
import vn.dcim.core.site.RackRepository
import vn.dcim.core.site.Room
import vn.dcim.core.site.RoomKind
import vn.dcim.core.site.RoomRepository
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.telemetry.Reading
import vn.dcim.core.telemetry.ReadingSink
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.TestUsers

import java.time.Clock
import java.time.Instant
import java.time.LocalDate

/**
 * A supervisor makes a work order for a device or a rack through the API (Art. 14.3);
 * it carries the device's readings (Art. 14.4) and stays findable after sign-off.
 */
@MicronautTest(transactional = false)
class WorkOrderApiSpec extends MariaDbSpec {
    @Inject EmbeddedServer server
    @Inject TestUsers users
    @Inject Clock clock
    @Inject SiteRepository sites
    @Inject RoomRepository rooms
    @Inject RackRepository racks
    @Inject AssetRepository assets
    @Inject MonitoredDeviceRepository devices
    @Inject ReadingSink sink
    @Inject WorkOrderPlanner planner
    @Inject WorkOrderRepository orders

    def "a corrective order made through the API for a device lists its readings, and is found by device, asset and 'done' after sign-off"() {
        given: 'a UPS read a minute ago'
        def calls = new Calls(server.URL)
        def ups = upsWithReadings('api-ups')
        String supervisor = users.token(EnumSet.of(Role.supervisor))
        String lead = users.token(EnumSet.of(Role.supervisor, Role.operator))

        when: 'the supervisor makes the order, another supervisor works it, the first signs it off'
        def made = calls.post('/api/work-orders', [title: 'Thay quạt UPS', kind: 'corrective', device: 'api-ups',
                                                   dueDate: LocalDate.now(clock).plusDays(2).toString(), crew: 'Tổ A'], supervisor)
        long id = made.json.id as long
        def byDevice = calls.get('/api/work-orders?device=api-ups', supervisor).json.results
        calls.post("/api/work-orders/$id/status", [status: 'in_progress'], lead)
        sink.record([Reading.of(Instant.now(), 'api-ups', 'ups.battery.charge', '0', 97, '%')])
        calls.post("/api/work-orders/$id/status", [status: 'done', notes: 'xong'], lead)
        def signed = calls.post("/api/work-orders/$id/status", [status: 'verified'], supervisor)

        then: 'created, assigned to its crew, with the device\'s latest values'
        made.status == 201
        made.json.kind == 'corrective'
        made.json.status == 'assigned'
        made.json.deviceId == 'api-ups'
        made.json.assetId == ups.id()
        made.json.createdBy == 'spec-supervisor'
        made.json.readingsNow*.metric.toSet() == ['ups.battery.charge', 'ups.output.load'] as Set
        byDevice*.id == [id]

        and: 'the readings before and after were taken from the device'
        signed.status == 200
        signed.json.readingsBefore*.metric.toSet() == ['ups.battery.charge', 'ups.output.load'] as Set
        signed.json.readingsAfter*.metric == ['ups.battery.charge']

        and: 'signed off, it is still found: by device, by its equipment\'s history, by the done filter, by id'
        calls.get('/api/work-orders?device=api-ups', supervisor).json.results*.id == [id]
        calls.get("/api/work-orders?asset=${ups.id()}&state=done", supervisor).json.results*.id == [id]
        calls.get('/api/work-orders?state=done', supervisor).json.results*.id.contains(id as int)
        !(calls.get('/api/work-orders?state=open', supervisor).json.results ?: [])*.id.contains(id as int)
        calls.get("/api/work-orders/$id", supervisor).json.status == 'verified'
    }

    def "an order for a rack takes the readings of the equipment in the rack and is found by the rack"() {
        given:
        def calls = new Calls(server.URL)
        sites.save(new Site('wo-rack', 'Rack site', null, null))
        def room = rooms.save(Room.of('wo-rack', 'Phòng máy', '1', RoomKind.server_room))
        def rack = racks.save(new Rack(null, room.id(), 'R01', 42, 1, 1, null))
        def pdu = assets.save(new Asset(null, 'wo-rack', room.id(), rack.id(), 1, 1, 'front', AssetKind.pdu, 'PDU R01', 'WO-PDU',
                null, null, null, AssetStatus.in_service, Criticality.high, null, null, null, null, null, null, null, null))
        devices.save(MonitoredDevice.snmpV2c('wo-pdu', 'wo-rack', pdu.id(), 'PDU R01', '127.0.0.1', 161, 'public'))
        sink.record([Reading.of(Instant.now().minusSeconds(30), 'wo-pdu', 'pdu.power', '0', 1800, 'W')])
        String supervisor = users.token(EnumSet.of(Role.supervisor))

        when:
        def made = calls.post('/api/work-orders', [title: 'Kiểm tra tủ R01', kind: 'planned', rack: rack.id(),
                                                   dueDate: LocalDate.now(clock).toString()], supervisor)

        then: 'planned, unassigned (no crew), with the PDU\'s power'
        made.status == 201
        made.json.status == 'planned'
        made.json.rackId == rack.id()
        made.json.readingsNow*.deviceId == ['wo-pdu']
        calls.get("/api/work-orders?rack=${rack.id()}", supervisor).json.results*.id == [made.json.id]
    }

    def "orders are found and paged in SQL: soonest due first, #limit from offset #offset, counted after the filter"() {
        given: 'five orders on a rack, due on days that tie, two of them for crew Tổ A'
        def calls = new Calls(server.URL)
        String siteId = 'wo-pg-' + UUID.randomUUID().toString().take(6)
        sites.save(new Site(siteId, 'Paging site', null, null))
        def room = rooms.save(Room.of(siteId, 'Phòng máy', '1', RoomKind.server_room))
        def rack = racks.save(new Rack(null, room.id(), 'R01', 42, 1, 1, null))
        String supervisor = users.token(EnumSet.of(Role.supervisor))
        def made = [[3, null], [1, 'Tổ A'], [2, null], [1, null], [5, 'Tổ A']].collect { due, crew ->
            calls.post('/api/work-orders', [title: "Kiểm tra $due", kind: 'planned', rack: rack.id(),
                                            dueDate: LocalDate.now(clock).plusDays(due).toString(), crew: crew], supervisor).json
        }
        def soonestFirst = made.sort(false) { a, b -> a.dueDate <=> b.dueDate ?: (a.id as long) <=> (b.id as long) }*.id

        when:
        def page = calls.get("/api/work-orders?rack=${rack.id()}&limit=$limit&offset=$offset", supervisor).json
        def crewA = calls.get("/api/work-orders?rack=${rack.id()}&crew=to%20a", supervisor).json

        then:
        page.count == 5
        (page.results ?: [])*.id == soonestFirst.drop(offset).take(limit)
        (page.next != null) == (offset + limit < 5)
        crewA.count == 2
        crewA.results*.crew == ['Tổ A', 'Tổ A']

        where:
        limit | offset
        2     | 0
        2     | 1
        3     | 2
        10    | 4
        2     | 5
    }

    def "a plan's order names its equipment's device, so its readings are there to confirm"() {
        given: 'a UPS with readings; the plans run before a half-year due date'
        def calls = new Calls(server.URL)
        def ups = upsWithReadings('plan-ups')
        def day = LocalDate.now().plusMonths(1).withDayOfMonth(10)
        while (day.monthValue % 6 != 0) { day = day.plusMonths(1) }

        when:
        planner.planUpTo(day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())
        def found = calls.get('/api/work-orders?device=plan-ups&limit=1000', users.token(EnumSet.of(Role.supervisor))).json.results

        then:
        found.size() == 1
        found[0].plan == 'ups-battery-test'
        found[0].deviceId == 'plan-ups'
        found[0].assetId == ups.id()
        calls.get("/api/work-orders/${found[0].id}", users.token(EnumSet.of(Role.supervisor))).json.readingsNow*.deviceId
                .toSet() == ['plan-ups'] as Set
    }

    def "#who making an order for #target is refused with #status (#why)"() {
        given:
        def calls = new Calls(server.URL)
        if (!devices.existsById('bad-ups')) {
            upsWithReadings('bad-ups')
        }
        String token = users.token(roles as Set<Role>)
        def body = [title: title, kind: kind, dueDate: LocalDate.now(clock).plusDays(due).toString(), crew: null] + target

        when:
        def answer = calls.post('/api/work-orders', body, token)

        then:
        answer.status == status
        answer.text.contains(field)

        where:
        who          | roles                 | title   | kind         | target                       | due || status | field      | why
        'a tech'     | [Role.maintenance]    | 'Sửa'   | 'corrective' | [device: 'bad-ups']          | 1   || 403    | 'giám sát' | 'only a supervisor'
        'supervisor' | [Role.supervisor]     | 'Sửa'   | 'corrective' | [device: 'bad-ups', rack: 1] | 1   || 422    | 'device'   | 'not both'
        'supervisor' | [Role.supervisor]     | 'Sửa'   | 'corrective' | [:]                          | 1   || 422    | 'device'   | 'neither'
        'supervisor' | [Role.supervisor]     | 'Sửa'   | 'corrective' | [device: 'no-such']          | 1   || 422    | 'no-such'  | 'unknown device'
        'supervisor' | [Role.supervisor]     | 'Sửa'   | 'corrective' | [rack: 999999]               | 1   || 422    | '999999'   | 'unknown rack'
        'supervisor' | [Role.supervisor]     | 'Sửa'   | 'corrective' | [device: 'bad-ups']          | -1  || 422    | 'dueDate'  | 'due in the past'
        'supervisor' | [Role.supervisor]     | ''      | 'corrective' | [device: 'bad-ups']          | 1   || 422    | 'title'    | 'no title'
        'supervisor' | [Role.supervisor]     | 'Sửa'   | 'urgent'     | [device: 'bad-ups']          | 1   || 422    | 'urgent'   | 'unknown kind'
    }

    private Asset upsWithReadings(String deviceId) {
        if (!sites.existsById('wo-api')) {
            sites.save(new Site('wo-api', 'Work order site', null, null))
        }
        def ups = assets.save(new Asset(null, 'wo-api', null, null, null, null, null, AssetKind.ups, 'UPS ' + deviceId,
                deviceId.toUpperCase(), null, null, null, AssetStatus.in_service, Criticality.high, null, null, null, null,
                null, null, null, null))
        devices.save(MonitoredDevice.snmpV2c(deviceId, 'wo-api', ups.id(), 'UPS ' + deviceId, '127.0.0.1', 161, 'public'))
        def read = Instant.now().minusSeconds(60)
        sink.record([Reading.of(read, deviceId, 'ups.battery.charge', '0', 95, '%'),
                     Reading.of(read, deviceId, 'ups.output.load', '0', 40, '%')])
        ups
    }
}
