package vn.dcim.core.capacity

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.asset.Asset
import vn.dcim.core.asset.AssetKind
import vn.dcim.core.site.Rack
import vn.dcim.core.telemetry.Reading
import vn.dcim.core.telemetry.ReadingSink
import vn.dcim.core.testing.Equipment
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Places

import java.time.Instant

/** A rack's and a room's capacity from the registry and the latest readings. */
@MicronautTest(transactional = false)
class CapacitiesSpec extends MariaDbSpec {
    @Inject Capacities capacities
    @Inject Places places
    @Inject Equipment equipment
    @Inject ReadingSink sink

    String tag = UUID.randomUUID().toString().take(6)
    String siteId = 'cap-' + tag

    def setup() {
        places.siteWithId(siteId, 'TTTHDL capacity')
    }

    def "a rack's capacity: U taken on either face, its PDUs' power against its budget, its hottest inlet"() {
        given: 'a 42U rack with a 5 kW budget, a 2U server in front, a 1U panel behind the same U and a 1U switch'
        def room = places.cooledRoom(siteId, 10.0G)
        def rack = places.rackAt(room, 'R1', 1, 2, 5.0G)
        put(rack, 10, 2, 'front', AssetKind.server)
        put(rack, 11, 1, 'rear', AssetKind.other)
        put(rack, 20, 1, 'front', AssetKind.network_switch)

        and: 'two PDUs (A and B sides, one reporting only its phases) and two sensors'
        def pduA = monitored(put(rack, null, null, null, AssetKind.pdu))
        def pduB = monitored(put(rack, null, null, null, AssetKind.pdu))
        def top = monitored(put(rack, 42, 1, 'front', AssetKind.sensor))
        def bottom = monitored(put(rack, 1, 1, 'rear', AssetKind.sensor))
        def now = Instant.now()
        sink.record([Reading.of(now, pduA, 'pdu.power', '1', 1800, 'W'),
                     Reading.of(now, pduA, 'pdu.phase.power', '1', 1800, 'W'),
                     Reading.of(now, pduB, 'pdu.phase.power', '1', 600, 'W'),
                     Reading.of(now, pduB, 'pdu.phase.power', '2', 600, 'W'),
                     Reading.of(now, top, 'env.temperature', '1', 26.5, '°C'),
                     Reading.of(now, bottom, 'env.temperature', '1', 21.0, '°C'),
                     Reading.of(now, bottom, 'env.humidity', '1', 80, '%')])

        when:
        def c = capacities.ofRack(rack.id())

        then: 'U 10, 11, 20, 42 and 1 are taken: the panel shares U 11 with the server'
        c.usedU() == 5
        c.freeU() == 37

        and: 'A reports its total, B the sum of its phases: 1.8 + 1.2 kW of 5 kW'
        c.powerKw() == 3.0d
        c.powerPercent() == 60.0d

        and: 'the hottest inlet counts, not the humidity'
        c.inletTemperatureC() == 26.5d
        c.gridRow() == 1 && c.gridPosition() == 2
    }

    def "a room's totals: space of every rack, power against the budgets, heat against the cooling"() {
        given:
        def room = places.cooledRoom(siteId, 8.0G, 'Phòng máy chủ 2')
        def r1 = places.rackAt(room, 'A', 1, 1, 4.0G)
        def r2 = places.rackAt(room, 'B', 2, 3, null, 24)
        put(r2, 1, 4, 'front', AssetKind.storage)
        def pdu1 = monitored(put(r1, null, null, null, AssetKind.pdu))
        def pdu2 = monitored(put(r2, null, null, null, AssetKind.pdu))
        sink.record([Reading.of(Instant.now(), pdu1, 'pdu.power', '1', 2.0, 'kW'),
                     Reading.of(Instant.now(), pdu2, 'pdu.power', '1', 1000, 'W')])

        when:
        def c = capacities.ofRoom(room.id())

        then:
        c.racks() == 2
        c.totalU() == 66
        c.usedU() == 4
        c.freeU() == 62
        c.powerKw() == 3.0d
        c.powerBudgetKw() == 4.0G
        c.powerPercent() == 75.0d
        c.coolingCapacityKw() == 8.0G
        c.coolingLoadKw() == 3.0d
        c.coolingPercent() == 37.5d

        and: 'the floor grid is as large as its furthest rack'
        c.rows() == 2
        c.positions() == 3
        c.rackCapacities()*.rackName() == ['A', 'B']
    }

    def "a rack where nothing reports has no power, percentage or temperature, not zeros"() {
        given:
        def room = places.room(siteId, 'Phòng trống')
        def rack = places.rack(room, 'E')

        when:
        def c = capacities.ofRack(rack.id())
        def total = capacities.ofRoom(room.id())

        then:
        c.usedU() == 0 && c.freeU() == 42
        c.powerKw() == null && c.powerPercent() == null && c.inletTemperatureC() == null
        total.powerKw() == null && total.coolingPercent() == null
    }

    Asset put(Rack rack, Integer u, Integer height, String face, AssetKind kind) {
        equipment.inRack(siteId, rack, kind, null, u, height, face)
    }

    String monitored(Asset asset) {
        equipment.monitored('cap-', siteId, asset)
    }
}
