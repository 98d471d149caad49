package vn.dcim.core.capacity

import io.micronaut.test.annotation.MockBean
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared
import spock.lang.Stepwise
import vn.dcim.core.asset.AssetKind
import vn.dcim.core.asset.AssetRegistry
import vn.dcim.core.asset.NewAsset
import vn.dcim.core.cabling.Cable
import vn.dcim.core.cabling.CableType
import vn.dcim.core.cabling.Cabling
import vn.dcim.core.cabling.NewCable
import vn.dcim.core.cabling.Port
import vn.dcim.core.cabling.PortKind
import vn.dcim.core.cabling.PortRepository
import vn.dcim.core.capacity.CapacityForecast.Quantity
import vn.dcim.core.capacity.CapacityForecast.Subject
import vn.dcim.core.db.Jdbc
import vn.dcim.core.power.PowerChains
import vn.dcim.core.power.PowerNode
import vn.dcim.core.power.PowerNodeKind
import vn.dcim.core.site.Rack
import vn.dcim.core.site.Room
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.MutableClock
import vn.dcim.core.testing.Places

import java.sql.Date
import java.time.Clock
import java.time.Duration
import java.time.Instant
import java.time.LocalDate

/**
 * The power allocated on past days, rebuilt from the power connections' history and the registry's trail: 200 days of
 * a rack filled with dual-corded servers (400 W a cord, one cord on each side), one unplugged before the history was
 * kept (read back from the trail), one moved to another rack. The racks' reconstructed days hold the watts plugged in
 * that day, per feed too, and the allocated forecasts of the rack, its PDUs and the UPS have a history and a backtest.
 */
@Stepwise
@MicronautTest(transactional = false)
class AllocatedPastSpec extends MariaDbSpec {
    /** 10:00 in Hà Nội on 01/07/2026: the first day of this centre's registry. */
    static final Instant START = Instant.parse('2026-07-01T03:00:00Z')
    static final LocalDate DAY0 = LocalDate.parse('2026-07-01')
    static final MutableClock clock = new MutableClock(START)

    @MockBean(Clock)
    Clock clock() { clock }

    @Inject CapacityPast past
    @Inject CapacitySnapshots snapshots
    @Inject CapacityForecasts forecasts
    @Inject PowerRatings ratings
    @Inject PlanningReportSection planning
    @Inject AssetRegistry registry
    @Inject Places places
    @Inject PortRepository ports
    @Inject Cabling cabling
    @Inject PowerChains chains
    @Inject Jdbc jdbc

    @Shared Map<String, Long> ids = [:]
    @Shared String site = 'ap-' + UUID.randomUUID().toString().take(6)

    def "rack #rack's reconstructed day #day holds #watts W allocated (#why)"() {
        given:
        if (ids.isEmpty()) {
            history()
        }

        expect:
        def d = dayOf(ids[rack], DAY0.plusDays(day))
        d.reconstructed()
        d.allocatedW() == watts

        where:
        rack  | day || watts | why
        'r1'  | 1   || 800   | 'S0 alone, both cords'
        'r1'  | 9   || 800   | 'S1 comes on day 10'
        'r1'  | 10  || 1600  | 'S1 plugged in at 10:00'
        'r1'  | 94  || 8000  | 'S0..S9'
        'r1'  | 95  || 7200  | 'S3 unplugged, known from the trail only'
        'r1'  | 144 || 11200 | 'S0..S14 but S3'
        'r1'  | 145 || 10400 | 'S5 moved out'
        'r2'  | 144 || 0     | 'empty'
        'r2'  | 145 || 800   | 'S5 moved in'
        'r1'  | 174 || 12800 | 'S0..S17 but S3 and S5'
        'r1'  | 175 || 12000 | 'S7 unplugged, its span closed'
    }

    def "per feed: each side carries one cord of each server"() {
        expect:
        feedW(ids.r1, DAY0.plusDays(day), ids.feedA) == watts
        feedW(ids.r1, DAY0.plusDays(day), ids.feedB) == watts

        where:
        day || watts
        1   || 400
        95  || 3600
    }

    def "a recorded day keeps its own; a day reconstructed before the history was kept gets its power on the next run"() {
        given: 'day 60 reconstructed when power was not known'
        jdbc.update('spec', 'UPDATE rack_capacity_day SET allocated_w = NULL WHERE rack_id = ? AND day = ?', ids.r1,
                Date.valueOf(DAY0.plusDays(60)))

        when:
        int filled = past.reconstruct(365)

        then:
        filled >= 1
        dayOf(ids.r1, DAY0.plusDays(60)).allocatedW() == 5600
        !dayOf(ids.r1, DAY0.plusDays(120)).reconstructed()
        dayOf(ids.r1, DAY0.plusDays(120)).allocatedW() == 1234
    }

    def "the #subject's allocated forecast has 200 days of history and a backtest: #quantity #latest kW today"() {
        when:
        def f = forecasts.ofSite(site).find { it.subject() == subject && it.quantity() == quantity && it.subjectId() == String.valueOf(ids[key]) }

        then:
        f != null
        f.latest() == latest
        f.capacity() == capacity
        f.days() >= 199
        f.backtest() != null
        // as of day 16 (six months ago), two servers in: the staircase since is what the method missed
        f.backtest().days() >= 180
        f.backtest().meanAbsolutePercentError() < 25
        f.fullOn() != null

        and: 'the days resting on the trail say so: the rack\'s reconstructed days, the PDU\'s days with S3\'s cord (30..94)'
        subject == Subject.rack ? f.reconstructedDays() >= rebuilt : f.reconstructedDays() == rebuilt

        where: 'today, day 200: S0..S19 but S3 and S7 plugged in (18 servers), S5 in rack 2'
        subject      | quantity                 | key   || latest | capacity | rebuilt
        Subject.rack | Quantity.allocated       | 'r1'  || 13.6   | 16.0d    | 198
        Subject.pdu  | Quantity.allocated       | 'pduA'|| 7.2    | 8.0d     | 65
        Subject.pdu  | Quantity.allocated_alone | 'pduA'|| 14.4   | 8.0d     | 65
        Subject.ups  | Quantity.allocated       | 'ups' || 7.2    | 10.0d    | 65
        Subject.ups  | Quantity.allocated_alone | 'ups' || 14.4   | 10.0d    | 65
    }

    def "the report's planning section in #lang: PDU-A's allocation fills, its backtest, and its #rebuilt days rebuilt"() {
        when:
        def row = planning.build(null, vn.dcim.core.report.ReportPeriod.parse('2027'), lang).rows()
                .find { it[0] == site && it[2] == "B01 / PDU-A $site" && it[3] == quantity }

        then:
        row[1] == 'PDU'
        row[8] == fills
        row[9] instanceof LocalDate
        row[12] instanceof Double
        row[14] == rebuilt

        where:
        lang || quantity                   | fills     | rebuilt
        'vi' || 'Công suất cấp phát (kW)'  | 'Sẽ đầy'  | 65
        'en' || 'Allocated power (kW)'     | 'Fills'   | 65
    }

    private void history() {
        places.siteWithId(site, 'TTDL cấp phát quá khứ', 'Bắc Kạn')
        Room room = places.cooledRoom(site, 40.0G)
        Rack r1 = places.rackAt(room, 'B01', 1, 1, 16.0G)
        Rack r2 = places.rackAt(room, 'B02', 1, 2, 16.0G)
        ids.r1 = r1.id(); ids.r2 = r2.id()
        def feedA = chains.add(new PowerNode(null, site, PowerNodeKind.feed, 'Lưới A', null, null, null))
        def feedB = chains.add(new PowerNode(null, site, PowerNodeKind.feed, 'Lưới B', null, null, null))
        def ups = chains.add(new PowerNode(null, site, PowerNodeKind.ups, 'UPS-B', null, null, null))
        def nodeA = chains.add(new PowerNode(null, site, PowerNodeKind.pdu, "PDU-A $site".toString(), null, null, null))
        def nodeB = chains.add(new PowerNode(null, site, PowerNodeKind.pdu, "PDU-B $site".toString(), null, null, null))
        chains.link(feedA.id(), nodeA.id(), 'A')
        chains.link(feedB.id(), ups.id(), 'B')
        chains.link(ups.id(), nodeB.id(), 'B')
        ratings.set(nodeA.id(), 8.0G, 'spec')
        ratings.set(ups.id(), 10.0G, 'spec')
        ids.feedA = feedA.id(); ids.feedB = feedB.id(); ids.ups = ups.id()

        clock.now = START
        def pduA = registry.register(asset(room.id(), r1.id(), 41, 1, "PDU-A $site", AssetKind.pdu), 'asset-manager')
        def pduB = registry.register(asset(room.id(), r1.id(), 42, 1, "PDU-B $site", AssetKind.pdu), 'asset-manager')
        ids.pduA = pduA.id()
        List<Port> outletsA = (1..24).collect { ports.save(new Port(null, pduA.id(), "OUT$it", PortKind.power_outlet, null, 1, null, null, null, null)) }
        List<Port> outletsB = (1..24).collect { ports.save(new Port(null, pduB.id(), "OUT$it", PortKind.power_outlet, null, 1, null, null, null, null)) }
        Map<Integer, List<Cable>> cords = [:]
        Map<Integer, Long> servers = [:]
        for (int k = 0; k < 20; k++) {
            clock.now = START + Duration.ofDays(10 * k)
            def s = registry.register(asset(room.id(), r1.id(), 1 + 2 * k, 2, "S$k $site", AssetKind.server), 'asset-manager')
            servers[k] = s.id()
            Port psu1 = ports.save(new Port(null, s.id(), 'PSU1', PortKind.power_port, null, 1, null, null, 750, 400))
            Port psu2 = ports.save(new Port(null, s.id(), 'PSU2', PortKind.power_port, null, 1, null, null, 750, 400))
            cords[k] = [plug(psu1, outletsA[k]), plug(psu2, outletsB[k])]
            if (k == 9) {
                // S3 unplugged on day 95, before the history was kept: only the trail says so
                clock.now = START + Duration.ofDays(95)
                cords[3].each { cabling.disconnect(it.id(), 'spec') }
                cords[3].each { jdbc.update('spec', 'DELETE FROM power_connection_span WHERE cable_id = ?', it.id()) }
            }
            if (k == 17) {
                clock.now = START + Duration.ofDays(175)
                cords[7].each { cabling.disconnect(it.id(), 'spec') }
            }
            if (k == 14) {
                clock.now = START + Duration.ofDays(145)
                registry.update(servers[5], asset(room.id(), r2.id(), 1, 2, "S5 $site", AssetKind.server), 'asset-manager')
            }
        }
        // a snapshot recorded day 120 by hand, and today (day 200) by the duty
        snapshots.record(new CapacitySnapshots.RackDay(DAY0.plusDays(120), r1.id(), 42, 30, 1234), [:], clock.instant())
        clock.now = START + Duration.ofDays(200)
        snapshots.take()
        assert past.reconstruct(365) > 0
    }

    private Cable plug(Port supply, Port outlet) {
        cabling.connect(supply.id(), outlet.id(), new NewCable(null, CableType.power_c13, null, null), 'spec')
    }

    private CapacitySnapshots.RackDay dayOf(long rack, LocalDate day) {
        snapshots.since(day).get(rack).find { it.day() == day }
    }

    private Integer feedW(long rack, LocalDate day, long feed) {
        def rows = jdbc.list('spec', 'SELECT allocated_w FROM rack_feed_allocation_day WHERE rack_id = ? AND day = ? AND feed_node_id = ?',
                { rs -> rs.getInt(1) } as Jdbc.Row, rack, Date.valueOf(day), feed)
        rows ? rows[0] : null
    }

    private NewAsset asset(Long room, Long rack, Integer u, Integer height, String name, AssetKind kind) {
        new NewAsset(site, room, rack, u, height, null, kind, name, name.split(' ')[0].replaceAll('[^A-Za-z0-9]', '').toUpperCase() + '-' + site.replace('-', '').toUpperCase(),
                null, null, null, null, null, null, null, null, null, null, null, null, null)
    }
}
