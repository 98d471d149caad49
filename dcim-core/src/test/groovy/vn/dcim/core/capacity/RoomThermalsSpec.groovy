package vn.dcim.core.capacity

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.asset.Asset
import vn.dcim.core.asset.AssetKind
import vn.dcim.core.capacity.ThermalPicture.InletState
import vn.dcim.core.capacity.ThermalPicture.RackInlet
import vn.dcim.core.error.InvalidInputException
import vn.dcim.core.site.Rack
import vn.dcim.core.site.Room
import vn.dcim.core.telemetry.Reading
import vn.dcim.core.telemetry.ReadingSink
import vn.dcim.core.telemetry.RollupDuty
import vn.dcim.core.testing.Equipment
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Places

import java.time.Duration
import java.time.Instant
import java.time.temporal.ChronoUnit

/**
 * A room's thermal picture on a 3 x 3 floor: racks at (1,1) 22 °C, (1,3) 30 °C and (3,3) 24 °C, a rack
 * at (3,1) with no sensor; three hours ago the hot rack read 25 °C.
 */
@MicronautTest(transactional = false)
class RoomThermalsSpec extends MariaDbSpec {
    @Inject RoomThermals thermals
    @Inject Places places
    @Inject Equipment equipment
    @Inject ReadingSink sink
    @Inject RollupDuty rollups

    String siteId = 'th-' + UUID.randomUUID().toString().take(6)
    Room room
    Map<String, Rack> rack = [:]
    Instant before = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.HOURS).plusSeconds(600)

    def setup() {
        places.siteWithId(siteId, 'TTTHDL nhiệt')
        room = places.cooledRoom(siteId, 10.0G)
        def now = Instant.now()
        def readings = []
        [['A', 1, 1, 22.0], ['B', 1, 3, 30.0], ['C', 3, 3, 24.0], ['D', 3, 1, null]].each { name, row, pos, c ->
            rack[name] = places.rackAt(room, name, row, pos, 5.0G)
            if (c != null) {
                def sensor = monitored(put(rack[name], AssetKind.sensor))
                readings << Reading.of(now, sensor, 'env.temperature', '1', c, '°C')
                readings << Reading.of(before, sensor, 'env.temperature', '1', name == 'B' ? 25.0 : c, '°C')
            }
        }
        def pdu = monitored(put(rack.A, AssetKind.pdu))
        readings << Reading.of(now, pdu, 'pdu.power', '1', 2.0, 'kW')
        sink.record(readings)
        rollups.run(now)
    }

    def "the field passes through each rack's inlet and between them weighs the racks by 1/d²"() {
        when:
        def p = thermals.of(room.id(), null, null, null)

        then: 'each reporting rack keeps its own value; (1,2): weights 1, 1 and 1/5 for 22, 30 and 24 °C'
        p.field()[0] == [22.0d, 25.8d, 30.0d]
        p.field()[2][2] == 24.0d
        p.field()[2][0] != null

        and: 'the field stays within the hottest and coldest sensor'
        p.field().flatten().every { it >= 22.0d && it <= 30.0d }

        and: 'the hot cell and the hot rack; the rack without a sensor is unknown, not out of range'
        p.hotSpots()*.row() == [1]
        p.hotSpots()*.position() == [3]
        p.outOfRange()*.rackName() == ['B']
        p.racks().find { it.rackName() == 'D' }.state() == InletState.unknown
    }

    def "as it was three hours ago: no hot spot then"() {
        when:
        def p = thermals.of(room.id(), before, null, null)

        then:
        p.at() == before
        p.racks().find { it.rackName() == 'B' }.inletC() == 25.0d
        p.hotSpots().isEmpty()
        p.outOfRange().isEmpty()
    }

    def "+#kw kW in rack A: the room's heat load and cooling headroom"() {
        when:
        def w = thermals.of(room.id(), null, rack.A.id(), kw).whatIf()

        then:
        w.roomLoadKw() == 2.0d
        w.newRoomLoadKw() == load
        w.headroomKw() == headroom
        w.newRackPowerKw() == load
        w.newRackPercent() == rackPercent

        where:
        kw   || load | headroom | rackPercent
        1.5  || 3.5  | 6.5      | 70.0
        8.0  || 10.0 | 0.0      | 200.0
        12.5 || 14.5 | -4.5     | 290.0
    }

    def "an inlet of #c °C is #state against 18–27 °C"() {
        expect:
        thermals.state(c) == state

        where:
        c    || state
        17.9 || InletState.cold
        18.0 || InletState.ok
        27.0 || InletState.ok
        27.1 || InletState.hot
        null || InletState.unknown
    }

    def "a refused question: #why"() {
        when:
        thermals.of(room.id(), at, rackId == 'A' ? rack.A.id() : rackId, kw)

        then:
        def e = thrown(InvalidInputException)
        e.field() == field

        where:
        why                          | at                                  | rackId | kw    || field
        'a time in the future'       | Instant.now().plusSeconds(3600)     | null   | null  || 'at'
        'no kW to add'               | null                                | 'A'    | 0.0   || 'addKw'
        'a rack without the kW'      | null                                | 'A'    | null  || 'addKw'
        'a rack of another room'     | null                                | -5L    | 1.0   || 'rackId'
    }

    def "inverse-distance weighting of one sensor fills the floor with its value; of none, leaves it empty"() {
        expect:
        RoomThermals.field(2, 2, inlets) == expected

        where:
        inlets                                                                 || expected
        [new RackInlet(1, 'A', 1, 1, 23.4d, InletState.ok)]                    || [[23.4d, 23.4d], [23.4d, 23.4d]]
        [new RackInlet(1, 'A', 1, 1, null, InletState.unknown)]                || [[null, null], [null, null]]
        [new RackInlet(1, 'A', null, null, 30d, InletState.hot)]               || [[null, null], [null, null]]
    }

    Asset put(Rack r, AssetKind kind) {
        equipment.inRack(siteId, r, kind)
    }

    String monitored(Asset asset) {
        equipment.monitored('th-', siteId, asset)
    }
}
