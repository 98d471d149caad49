package vn.dcim.core.demo

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.asset.AssetKind
import vn.dcim.core.asset.AssetRepository
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.network.IspLinkRepository
import vn.dcim.core.power.PowerChains
import vn.dcim.core.power.PowerFeedRepository
import vn.dcim.core.site.RackRepository
import vn.dcim.core.site.RoomKind
import vn.dcim.core.site.RoomRepository
import vn.dcim.core.power.PowerNodeKind
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.testing.MariaDbSpec

@MicronautTest(transactional = false)
class DemoSiteSeederSpec extends MariaDbSpec {

    @Inject DemoSiteSeeder seeder
    @Inject SiteRepository sites
    @Inject AssetRepository assets
    @Inject PowerFeedRepository feeds
    @Inject IspLinkRepository links
    @Inject MonitoredDeviceRepository devices
    @Inject RoomRepository rooms
    @Inject RackRepository racks
    @Inject PowerChains chains

    @Override
    Map<String, String> extraProperties() { ['dcim.demo.enabled': 'true'] }

    def "the demo site holds the equipment of a provincial center"() {
        expect:
        sites.existsById('demo')
        feeds.findBySiteId('demo').size() == 2
        links.findBySiteId('demo')*.provider.toSet().size() == 2

        and:
        def byKind = assets.findBySiteIdOrderByName('demo').countBy { it.kind() }
        byKind[AssetKind.ups] == 2
        byKind[AssetKind.generator] == 1
        byKind[AssetKind.precision_cooling] == 2
        byKind[AssetKind.door_controller] == 1
        byKind[AssetKind.camera] == 4
        byKind[AssetKind.sensor] >= 1

        and: 'the door controller has the id the MQTT contract names'
        devices.findById('door-1').isPresent()

        and: 'the transfer switch and a PDU per cord of each rack report what the dashboard shows'
        byKind[AssetKind.ats] == 1
        byKind[AssetKind.pdu] == 4
        ['ats-1', 'pdu-a01-a', 'pdu-a01-b', 'pdu-a02-a', 'pdu-a02-b'].every { devices.findById(it).isPresent() }
    }

    def "no two pieces of the demo's equipment share a slot: the PDUs of a rack stand in distinct U"() {
        when: 'every U of every rack, on the face each asset is mounted'
        def slots = assets.findBySiteIdOrderByName('demo').findAll { it.rackId() != null }.collectMany { a ->
            (a.positionU()..<(a.positionU() + (a.heightU() ?: 1))).collect { u -> [a.rackId(), u, a.face(), a.name()] }
        }
        def shared = slots.groupBy { it.take(3) }.findAll { k, v -> v.size() > 1 }.collect { k, v -> v*.get(3).join(' & ') }

        then:
        shared == []

        and: 'the A and B PDUs of a rack in two slots'
        def pdus = assets.findBySiteIdOrderByName('demo').findAll { it.kind() == AssetKind.pdu }
        pdus.groupBy { it.rackId() }.values().every { it*.positionU().toSet().size() == 2 }
    }

    def "the demo site ships its power chain: grid and generator through the switch and both UPS to the A and B cords"() {
        when:
        def chain = chains.of('demo')
        def name = { long id -> chain.node(id).get().name() }
        def fedBy = { String n -> chain.inputs(chain.nodes().find { it.name() == n }.id()).collect { name(it.upstreamId()) + (it.side() ? "/${it.side()}" : '') }.sort() }

        then:
        chain.nodes().countBy { it.kind() } == [(PowerNodeKind.feed): 2, (PowerNodeKind.generator): 1, (PowerNodeKind.ats): 1,
                                                (PowerNodeKind.ups): 2, (PowerNodeKind.pdu): 4, (PowerNodeKind.rack): 2]
        fedBy('ATS-01') == ['Lưới điện 1 (EVN lộ 471)', 'MPĐ-01']
        fedBy('UPS-01') == ['ATS-01']
        fedBy('PDU A01-A') == ['UPS-01/A']
        fedBy('Tủ A01') == ['PDU A01-A/A', 'PDU A01-B/B']
    }

    def "the demo's server room racks stand on the floor plan, have a power budget and hold equipment"() {
        when:
        def serverRoom = rooms.findBySiteIdOrderByName('demo').find { it.kind() == RoomKind.server_room }
        def inRoom = racks.findByRoomIdOrderByName(serverRoom.id())

        then:
        serverRoom.coolingCapacityKw() > 0
        inRoom.size() >= 3
        inRoom.every { it.gridRow() != null && it.gridPosition() != null && it.powerBudgetKw() > 0 }
        inRoom.collect { [it.gridRow(), it.gridPosition()] }.toSet().size() == inRoom.size()
        inRoom.every { !assets.findByRackIdOrderByPositionU(it.id()).isEmpty() }
    }

    def "seeding again changes nothing"() {
        given:
        def before = assets.countBySiteId('demo')

        expect:
        !seeder.seedIfAbsent()
        assets.countBySiteId('demo') == before
    }
}
