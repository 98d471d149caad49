package vn.dcim.core.capacity

import io.micronaut.test.annotation.MockBean
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared
import vn.dcim.core.asset.Asset
import vn.dcim.core.asset.AssetKind
import vn.dcim.core.asset.AssetRepository
import vn.dcim.core.asset.AssetStatus
import vn.dcim.core.asset.Criticality
import vn.dcim.core.cabling.CableType
import vn.dcim.core.cabling.Cabling
import vn.dcim.core.cabling.NewCable
import vn.dcim.core.cabling.Port
import vn.dcim.core.cabling.PortKind
import vn.dcim.core.cabling.PortRepository
import vn.dcim.core.capacity.CapacityForecast.Quantity
import vn.dcim.core.capacity.CapacityForecast.Status
import vn.dcim.core.capacity.CapacityForecast.Subject
import vn.dcim.core.error.InvalidInputException
import vn.dcim.core.power.PowerChains
import vn.dcim.core.power.PowerNode
import vn.dcim.core.power.PowerNodeKind
import vn.dcim.core.site.Rack
import vn.dcim.core.testing.Equipment
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.MutableClock
import vn.dcim.core.testing.Places

import vn.dcim.core.db.Jdbc
import java.time.Clock
import java.time.Instant
import java.time.LocalDate
import java.time.LocalDateTime
import java.time.temporal.ChronoUnit

/**
 * The daily capacity snapshot (used U and allocated watts per rack, per feed) and the forecasts of space
 * and allocated power it feeds, against the racks' height and budget and the feeds' rated capacity.
 */
@MicronautTest(transactional = false)
class CapacitySnapshotsSpec extends MariaDbSpec {
    /** 10:00 in Hà Nội on 30/06/2026. */
    static final Instant T0 = Instant.parse('2026-06-30T03:00:00Z')
    static final MutableClock clock = new MutableClock(T0)

    @MockBean(Clock)
    Clock clock() { clock }

    @Inject CapacitySnapshots snapshots
    @Inject CapacityForecasts forecasts
    @Inject PowerRatings ratings
    @Inject PlanningReportSection planning
    @Inject Places places
    @Inject AssetRepository assets
    @Inject Equipment equipment
    @Inject PortRepository ports
    @Inject Cabling cabling
    @Inject PowerChains chains
    @Inject Jdbc jdbc
    @Inject vn.dcim.core.telemetry.ReadingSink sink
    @Inject vn.dcim.core.telemetry.RollupDuty rollups

    @Shared Map<String, Long> ids = [:]
    @Shared String forecastSite = 'cs-f-' + UUID.randomUUID().toString().take(6)

    def setup() {
        clock.now = T0
    }

    def "the forecast of the #subject's #quantity from sixty snapshots: #status, full in about #daysToFull days"() {
        given: 'sixty days of one rack: used U 10 + 0.2 a day, allocated 1000 W + 20 W a day, 60 % of it on feed A'
        if (!ids.fRack) {
            places.siteWithId(forecastSite, 'TTTHDL dự báo chỗ')
            def room = places.cooledRoom(forecastSite, 20.0G)
            def rack = places.rackAt(room, 'F1', 1, 1, 5.0G)
            def feedA = chains.add(new PowerNode(null, forecastSite, PowerNodeKind.feed, 'Lưới A', null, null, null))
            def feedB = chains.add(new PowerNode(null, forecastSite, PowerNodeKind.feed, 'Lưới B', null, null, null))
            ratings.set(feedA.id(), 3.0G, 'spec')
            ids.fRack = rack.id(); ids.fRoom = room.id(); ids.fFeedA = feedA.id()
            LocalDate today = snapshots.today()
            for (int i = 0; i < 60; i++) {
                LocalDate day = today.minusDays(59 - i)
                int watts = 1000 + 20 * i
                snapshots.record(new CapacitySnapshots.RackDay(day, rack.id(), 42, 10 + (int) Math.floor(0.2 * i), watts),
                        [(feedA.id()): (int) (watts * 0.6), (feedB.id()): (int) (watts * 0.4)], T0)
            }
        }

        when:
        def f = forecasts.ofSite(forecastSite).find {
            it.subject() == subject && it.quantity() == quantity && it.subjectId() == String.valueOf(key ? ids[key] : forecastSite)
        }

        then:
        f.status() == status
        f.capacity() == capacity
        Math.abs(ChronoUnit.DAYS.between(snapshots.today().plusDays(daysToFull), f.fullOn())) <= 3
        !f.fullOnEarliest().isAfter(f.fullOn()) && !f.fullOnLatest().isBefore(f.fullOn())
        f.backtest() != null && f.backtest().meanAbsolutePercentError() < 5
        f.days() == 60

        where: 'today 21.8 U of 42 and 2.18 kW of 5; feed A carries 1.31 kW of its 3, both sides together 2.18'
        subject      | quantity                 | key      || status       | capacity | daysToFull
        Subject.rack | Quantity.space           | 'fRack'  || Status.fills | 42.0d    | 101
        Subject.rack | Quantity.allocated       | 'fRack'  || Status.fills | 5.0d     | 141
        Subject.room | Quantity.space           | 'fRoom'  || Status.fills | 42.0d    | 101
        Subject.room | Quantity.allocated       | 'fRoom'  || Status.fills | 5.0d     | 141
        Subject.site | Quantity.space           | null     || Status.fills | 42.0d    | 101
        Subject.site | Quantity.allocated       | null     || Status.fills | 5.0d     | 141
        Subject.feed | Quantity.allocated       | 'fFeedA' || Status.fills | 3.0d     | 141
        Subject.feed | Quantity.allocated_alone | 'fFeedA' || Status.fills | 3.0d     | 41
    }

    def "the report's planning section in #lang lists the space and allocation forecasts with their dates and backtest"() {
        when:
        def rows = planning.build(null, vn.dcim.core.report.ReportPeriod.parse('2026'), lang).rows().findAll { it[0] == forecastSite }
        def space = rows.find { it[2] == 'F1' && it[3] == quantity }

        then:
        space[8] == fills
        space[9] instanceof LocalDate
        space[12] instanceof Double
        rows.any { it[2] == 'Lưới A' && it[3] == alone }

        where:
        lang || quantity           | fills     | alone
        'vi' || 'Chỗ trong tủ (U)' | 'Sẽ đầy'  | 'Cấp phát, một nhánh gánh khi nhánh kia mất (kW)'
        'en' || 'Space (U)'        | 'Fills'   | 'Allocated, one side alone when the other fails (kW)'
    }

    def "a rated UPS's output power is forecast against its rating; unrated, only its load %"() {
        given: 'a UPS drawing 4 kW + 20 W a day over sixty days, rated 9 kW'
        def ups = assets.save(new Asset(null, forecastSite, null, null, null, null, null, AssetKind.ups, 'UPS-F',
                null, null, null, null, AssetStatus.in_service, Criticality.normal, null, null, null, null, null, null, null, null))
        String device = monitored(forecastSite, ups)
        def node = chains.add(new PowerNode(null, forecastSite, PowerNodeKind.ups, 'UPS-F', device, null, null))
        LocalDate today = LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC)
        sink.record((0..<60).collectMany { i ->
            Instant t = today.minusDays(59 - i).atStartOfDay(java.time.ZoneOffset.UTC).plusHours(1).toInstant()
            [vn.dcim.core.telemetry.Reading.of(t, device, 'ups.output.power', '1', 2000 + 10 * i, 'W'),
             vn.dcim.core.telemetry.Reading.of(t, device, 'ups.output.power', '2', 2000 + 10 * i, 'W'),
             vn.dcim.core.telemetry.Reading.of(t, device, 'ups.output.load', '1', 40, '%')]
        })
        rollups.run(clock.instant())

        when:
        def unrated = forecasts.ofSite(forecastSite).findAll { it.subject() == Subject.ups && it.subjectId() == String.valueOf(node.id()) }
        ratings.set(node.id(), 9.0G, 'spec')
        def power = forecasts.ofSite(forecastSite).find {
            it.subject() == Subject.ups && it.subjectId() == String.valueOf(node.id()) && it.quantity() == Quantity.power }

        then: '5.18 kW today, 7.3 kW a year more: 9 kW in about 191 days'
        unrated*.quantity() == [Quantity.load]
        power.capacity() == 9.0d
        power.status() == Status.fills
        Math.abs(ChronoUnit.DAYS.between(today.plusDays(191), power.fullOn())) <= 3
    }

    def "a feed without a rating has its allocation's trend and no full-on day"() {
        when:
        def b = forecasts.ofSite(forecastSite).find { it.subject() == Subject.feed && it.name() == 'Lưới B' && it.quantity() == Quantity.allocated }

        then:
        b.status() == Status.no_capacity
        b.fullOn() == null
        Math.abs(b.perYear() - 0.008 * 365) < 0.05
    }

    def "a snapshot: used U counted once per U, allocated W per rack and per feed the port's outlet is fed from"() {
        given: 'a rack with a 2 U server on both feeds (400 W a side) and a 1 U one on feed A (300 W nameplate, none allocated)'
        def rack = equippedRack()

        when:
        int n = snapshots.take()
        def row = rows(rack.id()).find()

        then:
        n >= 1
        row.used_u == 3
        row.height_u == 42
        row.allocated_w == 1100
        feedRows(rack.id()) == [(ids.feedA): 700, (ids.feedB): 400]
    }

    def "taken again the same day it replaces the day's row: one row per rack and day"() {
        given:
        def rack = places.rack(ids.rack)
        snapshots.take()

        when: 'a 4 U server arrives in the afternoon and the snapshot is taken by hand'
        clock.now = T0.plusSeconds(5 * 3600)
        put(rack, AssetKind.server, 'SRV-3', 20, 4)
        snapshots.take()

        then:
        rows(rack.id()).size() == 1
        rows(rack.id())[0].used_u == 7
        rows(rack.id())[0].taken_at == LocalDateTime.of(2026, 6, 30, 8, 0)
    }

    def "taken at #at (UTC) it is the centre's #day"() {
        given:
        clock.now = Instant.parse(at)

        when:
        snapshots.take()

        then: 'the day is the one in Hà Nội, the time stored is UTC'
        def days = jdbc.list('spec', 'SELECT day FROM rack_capacity_day WHERE rack_id = ? AND taken_at = ?',
                { rs -> rs.getDate(1).toLocalDate() } as Jdbc.Row, ids.rack, LocalDateTime.ofInstant(Instant.parse(at), java.time.ZoneOffset.UTC))
        days == [LocalDate.parse(day)]

        where:
        at                     || day
        '2026-07-01T16:59:00Z' || '2026-07-01'
        '2026-07-01T17:00:00Z' || '2026-07-02'
        '2026-07-02T00:00:00Z' || '2026-07-02'
    }

    def "a rating is a feed's, UPS's or PDU's, more than 0 and at most 100000 kW: #ratedKw on a #kind"() {
        given:
        def node = chains.add(new PowerNode(null, forecastSite, kind, 'R-' + UUID.randomUUID().toString().take(6), null, null, null))

        when:
        ratings.set(node.id(), ratedKw, 'spec')

        then:
        thrown(InvalidInputException)

        where:
        kind                 | ratedKw
        PowerNodeKind.rack   | 10.0G
        PowerNodeKind.ats    | 10.0G
        PowerNodeKind.pdu    | 0G
        PowerNodeKind.pdu    | -1G
        PowerNodeKind.feed   | 100001G
        PowerNodeKind.ups    | 1.0001G
    }

    Rack equippedRack() {
        String site = 'cs-' + UUID.randomUUID().toString().take(6)
        places.siteWithId(site, 'TTTHDL chụp')
        def room = places.cooledRoom(site, 20.0G)
        def rack = places.rackAt(room, 'S1', 1, 1, 8.0G)
        def pduA = put(rack, AssetKind.pdu, 'PDU-A', null, null)
        def pduB = put(rack, AssetKind.pdu, 'PDU-B', null, null)
        def feedA = chains.add(new PowerNode(null, site, PowerNodeKind.feed, 'Lưới A', null, null, null))
        def feedB = chains.add(new PowerNode(null, site, PowerNodeKind.feed, 'Lưới B', null, null, null))
        def nodeA = chains.add(new PowerNode(null, site, PowerNodeKind.pdu, 'PDU-A', monitored(site, pduA), null, null))
        def nodeB = chains.add(new PowerNode(null, site, PowerNodeKind.pdu, 'PDU-B', monitored(site, pduB), null, null))
        chains.link(feedA.id(), nodeA.id(), 'A')
        chains.link(feedB.id(), nodeB.id(), 'B')
        def big = put(rack, AssetKind.server, 'SRV-1', 1, 2)
        def small = put(rack, AssetKind.server, 'SRV-2', 5, 1)
        plug(port(big, 'PSU1', 600, 400), port(pduA, '1', null, null, PortKind.power_outlet))
        plug(port(big, 'PSU2', 600, 400), port(pduB, '1', null, null, PortKind.power_outlet))
        plug(port(small, 'PSU1', 300, null), port(pduA, '2', null, null, PortKind.power_outlet))
        ids.rack = rack.id(); ids.feedA = feedA.id(); ids.feedB = feedB.id()
        rack
    }

    Asset put(Rack rack, AssetKind kind, String name, Integer u, Integer height) {
        equipment.inRack(places.siteOf(rack), rack, kind, name, u, height, u == null ? null : 'front')
    }

    String monitored(String site, Asset asset) {
        equipment.monitored('cs-', site, asset)
    }

    Port port(Asset asset, String name, Integer maximumW, Integer allocatedW, PortKind kind = PortKind.power_port) {
        ports.save(new Port(null, asset.id(), name, kind, null, 1, null, null, maximumW, allocatedW))
    }

    void plug(Port supply, Port outlet) {
        cabling.connect(supply.id(), outlet.id(), new NewCable(null, CableType.power_c13, null, null), 'spec')
    }

    List<Map> rows(long rackId) {
        jdbc.list('spec', 'SELECT used_u, height_u, allocated_w, taken_at FROM rack_capacity_day WHERE rack_id = ? ORDER BY day',
                { rs -> [used_u: rs.getInt(1), height_u: rs.getInt(2), allocated_w: rs.getInt(3), taken_at: rs.getObject(4, LocalDateTime)] } as Jdbc.Row,
                rackId)
    }

    Map<Long, Integer> feedRows(long rackId) {
        jdbc.list('spec', 'SELECT feed_node_id, allocated_w FROM rack_feed_allocation_day WHERE rack_id = ? AND day = ?',
                { rs -> [rs.getLong(1), rs.getInt(2)] } as Jdbc.Row, rackId, java.sql.Date.valueOf(LocalDate.of(2026, 6, 30)))
                .collectEntries { [(it[0]): it[1]] }
    }
}
