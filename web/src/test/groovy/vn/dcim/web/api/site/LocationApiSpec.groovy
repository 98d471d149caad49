package vn.dcim.web.api.site

import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpStatus
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.telemetry.Reading
import vn.dcim.core.telemetry.ReadingSink
import vn.dcim.core.testing.MariaDbSpec

import java.time.Instant

import static vn.dcim.web.testing.Refused.failure

@MicronautTest(transactional = false)
class LocationApiSpec extends MariaDbSpec {
    @Inject @Client('/') HttpClient client
    @Inject MonitoredDeviceRepository devices
    @Inject ReadingSink sink

    Map post(String uri, Map body) {
        client.toBlocking().retrieve(HttpRequest.POST(uri, body), Map)
    }

    String tag() { UUID.randomUUID().toString().take(6).toUpperCase() }

    /** A new site (id {@code prefix} and a fresh tag) with one server room, made through the API; answers the room. */
    Map serverRoom(String prefix) {
        def siteId = prefix + tag()
        post('/api/sites', [id: siteId, name: 'TTTHDL'])
        post('/api/rooms', [siteId: siteId, name: 'Phòng máy chủ', kind: 'server_room'])
    }

    def "a site, a server room and a rack are created and the rack elevation shows which U holds what"() {
        given:
        def siteId = 'loc-' + tag()
        post('/api/sites', [id: siteId, name: 'TTTHDL Cao Bằng', province: 'Cao Bằng'])
        def room = post('/api/rooms', [siteId: siteId, name: 'Phòng máy chủ', floor: '2', kind: 'server_room'])
        def rack = post('/api/racks', [roomId: room.id, name: 'R01', heightU: 12])
        def server = post('/api/assets', [siteId: siteId, kind: 'server', name: 'Máy chủ 01', labelCode: 'CB-' + tag(),
                                          rackId: rack.id, positionU: 3, heightU: 2])
        def pdu = post('/api/assets', [siteId: siteId, kind: 'pdu', name: 'PDU A', labelCode: 'CB-' + tag(),
                                       rackId: rack.id, positionU: 1, heightU: 1, face: 'rear'])

        when:
        def elevation = client.toBlocking().retrieve("/api/racks/${rack.id}/elevation", Map)
        def byU = elevation.units.collectEntries { [(it.u): it] }
        def roomsOfSite = client.toBlocking().retrieve("/api/rooms?siteId=${siteId}", Map)
        def racksOfRoom = client.toBlocking().retrieve("/api/racks?roomId=${room.id}", Map)

        then:
        elevation.heightU == 12
        elevation.units*.u == (12..1).toList()
        elevation.usedU == 3
        byU[3].front.assetId == server.id
        byU[3].front.first
        byU[4].front.assetId == server.id
        !byU[4].front.first
        byU[5].front == null
        byU[1].rear.assetId == pdu.id
        byU[1].front == null
        roomsOfSite.count == 1
        racksOfRoom.results*.name == ['R01']
    }

    def "duplicate names and unknown parents are refused naming the field"() {
        given:
        def siteId = 'loc-' + tag()
        post('/api/sites', [id: siteId, name: 'TTTHDL'])
        def room = post('/api/rooms', [siteId: siteId, name: 'Phòng nguồn', kind: 'power_room'])

        expect:
        with(failure { post('/api/rooms', [siteId: siteId, name: 'Phòng nguồn', kind: 'power_room']) }) {
            status == HttpStatus.CONFLICT && response.getBody(Map).get().fields*.field == ['name']
        }
        with(failure { post('/api/racks', [roomId: 999999999, name: 'R1']) }) {
            status == HttpStatus.UNPROCESSABLE_ENTITY && response.getBody(Map).get().fields*.field == ['roomId']
        }
        with(failure { post('/api/racks', [roomId: room.id, name: 'R1', heightU: 0]) }) {
            status == HttpStatus.UNPROCESSABLE_ENTITY && response.getBody(Map).get().fields*.field == ['heightU']
        }
        with(failure { post('/api/sites', [id: siteId, name: 'again']) }) {
            status == HttpStatus.CONFLICT
        }
    }

    def "an asset update is audited with before and after, and a change of place is recorded as a move"() {
        given:
        def siteId = 'loc-' + tag()
        post('/api/sites', [id: siteId, name: 'TTTHDL'])
        def serverRoom = post('/api/rooms', [siteId: siteId, name: 'Phòng máy chủ', kind: 'server_room'])
        def store = post('/api/rooms', [siteId: siteId, name: 'Kho', kind: 'storage'])
        def rack = post('/api/racks', [roomId: serverRoom.id, name: 'R1'])
        def label = 'MV-' + tag()
        def a = post('/api/assets', [siteId: siteId, kind: 'network_switch', name: 'Switch lõi',
                                     labelCode: label, rackId: rack.id, positionU: 20])

        when:
        def patched = client.toBlocking().retrieve(HttpRequest.PATCH("/api/assets/${a.id}", [custodian: 'Tổ kỹ thuật']), Map)
        def moved = client.toBlocking().retrieve(HttpRequest.PATCH("/api/assets/${a.id}", [roomId: store.id]), Map)
        def events = client.toBlocking().retrieve("/api/audit-events?entityType=asset&entityId=${a.id}", Map)

        then:
        patched.custodian == 'Tổ kỹ thuật'
        patched.positionU == 20
        moved.roomId == store.id
        moved.rackId == null
        moved.positionU == null
        moved.custodian == 'Tổ kỹ thuật'
        events.results*.action == ['move', 'update', 'create']
        events.results[0].before.contains("\"rackId\":${rack.id}")
        !events.results[0].after.contains('"rackId"')

        when: 'a PUT tries to change the status without a reason'
        def e = failure {
            client.toBlocking().retrieve(HttpRequest.PUT("/api/assets/${a.id}", [siteId: siteId, kind: 'network_switch',
                    name: 'Switch lõi', labelCode: label, roomId: store.id, status: 'disposed']), Map)
        }

        then:
        e.status == HttpStatus.UNPROCESSABLE_ENTITY
        e.response.getBody(Map).get().fields*.field == ['status']
    }

    def "an update may not take another asset's label code"() {
        given:
        def room = serverRoom('loc-')
        def siteId = room.siteId
        def first = post('/api/assets', [siteId: siteId, kind: 'ups', name: 'UPS 1', labelCode: 'UP-' + tag(), roomId: room.id])
        def second = post('/api/assets', [siteId: siteId, kind: 'ups', name: 'UPS 2', labelCode: 'UP-' + tag(), roomId: room.id])

        when:
        def e = failure {
            client.toBlocking().retrieve(HttpRequest.PATCH("/api/assets/${second.id}", [labelCode: first.labelCode]), Map)
        }

        then:
        e.status == HttpStatus.CONFLICT
        e.response.getBody(Map).get().fields*.field == ['labelCode']
    }

    def "rack and room capacity: U, power of the rack's PDUs against its budget, inlet temperature, cooling of the room"() {
        given: 'a room with 6 kW of cooling and a rack placed at row 1, position 2, with a 4 kW budget'
        def siteId = 'cap-' + tag()
        post('/api/sites', [id: siteId, name: 'TTTHDL Lạng Sơn'])
        def room = post('/api/rooms', [siteId: siteId, name: 'Phòng máy chủ', kind: 'server_room', coolingCapacityKw: 6])
        def rack = post('/api/racks', [roomId: room.id, name: 'R01', heightU: 42, gridRow: 1, gridPosition: 2, powerBudgetKw: 4])
        post('/api/assets', [siteId: siteId, kind: 'server', name: 'Máy chủ 01', labelCode: 'LS-' + tag(), rackId: rack.id, positionU: 10, heightU: 2])
        def pdu = post('/api/assets', [siteId: siteId, kind: 'pdu', name: 'PDU A', labelCode: 'LS-' + tag(), rackId: rack.id,
                                       positionU: 1, heightU: 1, face: 'rear'])
        def probe = post('/api/assets', [siteId: siteId, kind: 'sensor', name: 'Đầu dò', labelCode: 'LS-' + tag(), rackId: rack.id, positionU: 42, heightU: 1])
        def pduDevice = 'pdu-' + tag().toLowerCase()
        def probeDevice = 'env-' + tag().toLowerCase()
        devices.save(MonitoredDevice.mqtt(pduDevice, siteId, pdu.id as Long, 'PDU A'))
        devices.save(MonitoredDevice.mqtt(probeDevice, siteId, probe.id as Long, 'Đầu dò'))
        sink.record([Reading.of(Instant.now(), pduDevice, 'pdu.power', '1', 3000, 'W'),
                     Reading.of(Instant.now(), probeDevice, 'env.temperature', '1', 24.5, '°C')])

        when:
        def rackCapacity = client.toBlocking().retrieve("/api/racks/${rack.id}/capacity", Map)
        def roomCapacity = client.toBlocking().retrieve("/api/rooms/${room.id}/capacity", Map)

        then:
        rack.gridRow == 1 && rack.gridPosition == 2 && rack.powerBudgetKw == 4
        rackCapacity.usedU == 4
        rackCapacity.freeU == 38
        rackCapacity.powerKw == 3.0
        rackCapacity.powerPercent == 75.0
        rackCapacity.inletTemperatureC == 24.5
        roomCapacity.totalU == 42
        roomCapacity.coolingCapacityKw == 6
        roomCapacity.coolingLoadKw == 3.0
        roomCapacity.coolingPercent == 50.0
        roomCapacity.rackCapacities*.rackId == [rack.id]
    }

    def "rooms and racks page in SQL: #limit from offset #offset, filtered by site and kind, or by room, before counting"() {
        given: "four server rooms and a power room on the site, four racks in the first room and one in the second"
        def siteId = 'pg-' + tag()
        post('/api/sites', [id: siteId, name: 'TTTHDL'])
        def rooms = (1..4).collect { post('/api/rooms', [siteId: siteId, name: "Phòng máy chủ $it".toString(), kind: 'server_room']) }
        post('/api/rooms', [siteId: siteId, name: 'Phòng điện', kind: 'power_room'])
        (1..4).each { post('/api/racks', [roomId: rooms[0].id, name: "R0$it".toString(), heightU: 42]) }
        post('/api/racks', [roomId: rooms[1].id, name: 'R09', heightU: 42])

        when:
        def roomPage = client.toBlocking().retrieve("/api/rooms?siteId=$siteId&kind=server_room&limit=$limit&offset=$offset", Map)
        def rackPage = client.toBlocking().retrieve("/api/racks?roomId=${rooms[0].id}&limit=$limit&offset=$offset", Map)
        def allRacks = client.toBlocking().retrieve("/api/racks?roomId=${rooms[0].id}&limit=1000", Map).results*.id

        then: "each page is that slice of the list by id, and the count is the filter's"
        roomPage.count == 4
        (roomPage.results ?: [])*.id == rooms*.id.drop(offset).take(limit)
        (roomPage.next != null) == (offset + limit < 4)
        rackPage.count == 4
        (rackPage.results ?: [])*.id == allRacks.drop(offset).take(limit)
        allRacks == allRacks.sort(false)

        where:
        limit | offset
        2     | 0
        2     | 1
        3     | 2
        10    | 3
        2     | 4
    }

    def "a site's name, province and address are changed, its id stays; a blank name is 422 and an unknown site 404"() {
        given:
        def siteId = 'ren-' + tag()
        post('/api/sites', [id: siteId, name: 'TTTHDL'])

        when:
        def changed = client.toBlocking().retrieve(HttpRequest.PUT("/api/sites/${siteId}",
                [name: 'Trung tâm THDL tỉnh Lào Cai', province: 'Lào Cai', address: 'Số 1 Hoàng Liên']), Map)
        def blank = failure { client.toBlocking().retrieve(HttpRequest.PUT("/api/sites/${siteId}", [name: ' ']), Map) }
        def unknown = failure { client.toBlocking().retrieve(HttpRequest.PUT("/api/sites/none-${tag()}", [name: 'X']), Map) }

        then:
        changed.id == siteId
        changed.name == 'Trung tâm THDL tỉnh Lào Cai' && changed.province == 'Lào Cai' && changed.address == 'Số 1 Hoàng Liên'
        client.toBlocking().retrieve('/api/sites?limit=1000', Map).results.find { it.id == siteId }.name == 'Trung tâm THDL tỉnh Lào Cai'
        blank.status == HttpStatus.UNPROCESSABLE_ENTITY
        blank.response.getBody(Map).get().toString().contains('name')
        unknown.status == HttpStatus.NOT_FOUND
    }

    def "a room's cooling capacity is changed; its name and site stay"() {
        given:
        def room = serverRoom('cool-')
        def siteId = room.siteId

        when:
        def changed = client.toBlocking().retrieve(HttpRequest.PUT("/api/rooms/${room.id}", [kind: 'server_room', floor: '3', coolingCapacityKw: 24.5]), Map)
        def bad = failure { client.toBlocking().retrieve(HttpRequest.PUT("/api/rooms/${room.id}", [kind: 'server_room', coolingCapacityKw: -2]), Map) }

        then:
        changed.coolingCapacityKw == 24.5
        changed.floor == '3'
        changed.name == 'Phòng máy chủ' && changed.siteId == siteId
        client.toBlocking().retrieve("/api/rooms/${room.id}/capacity", Map).coolingCapacityKw == 24.5
        bad.status == HttpStatus.UNPROCESSABLE_ENTITY
    }

    def "a rack is moved on the floor plan and given a budget; a taken spot and a bad budget are refused naming the field"() {
        given:
        def room = serverRoom('mv-')
        post('/api/racks', [roomId: room.id, name: 'A01', gridRow: 1, gridPosition: 1])
        def rack = post('/api/racks', [roomId: room.id, name: 'A02'])

        when:
        def moved = client.toBlocking().retrieve(HttpRequest.PUT("/api/racks/${rack.id}", [heightU: 45, gridRow: 1, gridPosition: 2, powerBudgetKw: 7.5]), Map)

        then:
        moved.heightU == 45 && moved.gridRow == 1 && moved.gridPosition == 2 && moved.powerBudgetKw == 7.5
        moved.name == 'A02'

        when:
        def taken = failure { client.toBlocking().retrieve(HttpRequest.PUT("/api/racks/${rack.id}", [heightU: 42, gridRow: 1, gridPosition: 1]), Map) }
        def negative = failure { client.toBlocking().retrieve(HttpRequest.PUT("/api/racks/${rack.id}", [heightU: 42, powerBudgetKw: -1]), Map) }
        def huge = failure { post('/api/racks', [roomId: room.id, name: 'A03', powerBudgetKw: 123456789]) }

        then:
        taken.status == HttpStatus.CONFLICT
        taken.response.getBody(Map).get().toString().contains('gridPosition')
        negative.status == HttpStatus.UNPROCESSABLE_ENTITY
        negative.response.getBody(Map).get().toString().contains('powerBudgetKw')
        huge.status == HttpStatus.UNPROCESSABLE_ENTITY
    }
}
