package vn.dcim.core.capacity

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.asset.Asset
import vn.dcim.core.asset.AssetKind
import vn.dcim.core.asset.AssetRepository
import vn.dcim.core.asset.AssetStatus
import vn.dcim.core.asset.Criticality
import vn.dcim.core.capacity.CapacityForecast.Quantity
import vn.dcim.core.capacity.CapacityForecast.Status
import vn.dcim.core.capacity.CapacityForecast.Subject
import vn.dcim.core.power.PowerChains
import vn.dcim.core.power.PowerNode
import vn.dcim.core.power.PowerNodeKind
import vn.dcim.core.report.ReportPeriod
import vn.dcim.core.site.Rack
import vn.dcim.core.telemetry.Reading
import vn.dcim.core.telemetry.ReadingSink
import vn.dcim.core.telemetry.RollupDuty
import vn.dcim.core.testing.Equipment
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Places
import spock.lang.Shared

import java.time.Instant
import java.time.LocalDate
import java.time.ZoneOffset
import java.time.temporal.ChronoUnit

/**
 * Forecasts from the daily roll-ups of recorded readings: a room whose two PDUs grow by a known
 * amount a day, its rack budget and cooling, a UPS whose load is flat and a two-feed power chain.
 */
@MicronautTest(transactional = false)
class CapacityForecastsSpec extends MariaDbSpec {
    @Inject CapacityForecasts forecasts
    @Inject Places places
    @Inject AssetRepository assets
    @Inject Equipment equipment
    @Inject PowerChains chains
    @Inject ReadingSink sink
    @Inject RollupDuty rollups
    @Inject PlanningReportSection planning

    @Shared String siteId = 'fc-' + UUID.randomUUID().toString().take(6)
    @Shared Map<String, Long> ids = [:]
    @Shared boolean loaded

    static final int DAYS = 90
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC)

    def setup() {
        if (loaded) {
            return
        }
        places.siteWithId(siteId, 'TTTHDL dự báo')
        def room = places.cooledRoom(siteId, 10.0G)
        def rack = places.rackAt(room, 'R1', 1, 1, 8.0G)
        def empty = places.rackAt(room, 'R2', 1, 2, 5.0G)
        def pduA = monitored(put(rack, AssetKind.pdu, 'PDU-A'))
        def pduB = monitored(put(rack, AssetKind.pdu, 'PDU-B'))
        def ups = monitored(new Asset(null, siteId, room.id(), null, null, null, null, AssetKind.ups, 'UPS-01',
                null, null, null, null, AssetStatus.in_service, Criticality.normal, null, null, null, null, null, null, null, null))
        ids.room = room.id(); ids.rack = rack.id(); ids.empty = empty.id()

        and: 'feed A feeds PDU-A, feed B feeds PDU-B through the UPS'
        def feedA = chains.add(new PowerNode(null, siteId, PowerNodeKind.feed, 'Lưới A', null, null, null))
        def feedB = chains.add(new PowerNode(null, siteId, PowerNodeKind.feed, 'Lưới B', null, null, null))
        def upsNode = chains.add(new PowerNode(null, siteId, PowerNodeKind.ups, 'UPS-01', ups, null, null))
        def nodeA = chains.add(new PowerNode(null, siteId, PowerNodeKind.pdu, 'PDU-A', pduA, null, null))
        def nodeB = chains.add(new PowerNode(null, siteId, PowerNodeKind.pdu, 'PDU-B', pduB, null, null))
        chains.link(feedA.id(), nodeA.id(), 'A')
        chains.link(feedB.id(), upsNode.id(), 'B')
        chains.link(upsNode.id(), nodeB.id(), 'B')
        ids.feedA = feedA.id(); ids.ups = upsNode.id()

        and: 'ninety days: A draws 2.0 kW + 20 W a day (in kW), B 1.0 kW + 10 W a day (in W, by phases), the UPS 40 %'
        def readings = []
        for (int i = 0; i < DAYS; i++) {
            def day = TODAY.minusDays(DAYS - 1 - i)
            // from midnight: a day that has begun has a reading whatever the hour the spec runs (at 2, 8, 14, 20 h a run
            // before 02:00 UTC found today empty, 89 days)
            for (int h in [0, 6, 12, 18]) {
                Instant t = day.atStartOfDay(ZoneOffset.UTC).plusHours(h).toInstant()
                if (t.isAfter(Instant.now())) {
                    continue
                }
                readings << Reading.of(t, pduA, 'pdu.power', '1', 2.0 + 0.02 * i, 'kW')
                readings << Reading.of(t, pduB, 'pdu.phase.power', '1', 500 + 5 * i, 'W')
                readings << Reading.of(t, pduB, 'pdu.phase.power', '2', 500 + 5 * i, 'W')
                readings << Reading.of(t, ups, 'ups.output.load', '1', 40, '%')
                readings << Reading.of(t, ups, 'ups.output.load', '2', 30, '%')
            }
        }
        sink.record(readings)
        rollups.run(Instant.now())
        loaded = true
    }

    def "the #subject's #quantity: #status, full in about #daysToFull days"() {
        when:
        def f = forecasts.ofSite(siteId).find { it.subject() == subject && it.quantity() == quantity && it.subjectId() == String.valueOf(ids[key] ?: siteId) }

        then:
        f.status() == status
        f.capacity() == capacity
        f.fullOn() == (daysToFull == null ? null : f.fullOn())
        daysToFull == null || Math.abs(ChronoUnit.DAYS.between(TODAY.plusDays(daysToFull), f.fullOn())) <= 2
        daysToFull == null || !f.fullOnEarliest().isAfter(f.fullOn()) && !f.fullOnLatest().isBefore(f.fullOn())
        Math.abs(f.perYear() - perYear) < 0.05

        where: 'the room draws 3.0 kW + 30 W a day: 5.67 kW today, 8 kW budget in 78 days, 10 kW of cooling in 145'
        subject      | quantity             | key     || status             | capacity | perYear | daysToFull
        Subject.rack | Quantity.power       | 'rack'  || Status.fills       | 8.0d     | 10.95   | 78
        Subject.room | Quantity.power       | 'room'  || Status.fills       | 13.0d    | 10.95   | 245
        Subject.room | Quantity.cooling     | 'room'  || Status.fills       | 10.0d    | 10.95   | 145
        Subject.site | Quantity.power       | null    || Status.fills       | 13.0d    | 10.95   | 245
        Subject.ups  | Quantity.load        | 'ups'   || Status.holds       | 100.0d   | 0       | null
        Subject.feed | Quantity.power       | 'feedA' || Status.no_capacity | null     | 7.3     | null
        Subject.feed | Quantity.power_alone | 'feedA' || Status.no_capacity | null     | 10.95   | null
    }

    def "the UPS's load is its most loaded phase's, and a rack where nothing reports has too short a history"() {
        when:
        def all = forecasts.ofSite(siteId)

        then:
        all.find { it.subject() == Subject.ups }.now() == 40.0d
        with(all.find { it.subject() == Subject.rack && it.subjectId() == String.valueOf(ids.empty) }) {
            status() == Status.too_short
            days() == 0
            fullOn() == null
        }
    }

    def "the backtest ran as far back as ninety days allow and a clean trend came out nearly exact"() {
        when:
        def rack = forecasts.ofRoom(ids.room).find { it.subject() == Subject.rack && it.subjectId() == String.valueOf(ids.rack) }

        then:
        rack.backtest().from().isBefore(TODAY.minusDays(60))
        rack.backtest().meanAbsolutePercentError() < 1.0
        rack.days() == DAYS
    }

    def "the report's planning section in #lang: the site, its feeds, UPS and room, the rack that fills, not the PDUs that have no capacity"() {
        when:
        def section = planning.build(null, ReportPeriod.parse('2026'), lang)
        def rows = section.rows().findAll { it[0] == siteId }

        then:
        section.title().startsWith(title)
        rows*.get(2).containsAll(['TTTHDL dự báo', 'Lưới A', 'UPS-01', 'Phòng máy chủ', 'R1'])
        !rows*.get(2).any { it.contains('PDU-') }
        with(rows.find { it[2] == 'R1' }) {
            it[8] == fills
            it[9] instanceof LocalDate
            it[12] instanceof Double
        }

        where:
        lang || title                     | fills
        'vi' || '12. Kế hoạch năng lực'   | 'Sẽ đầy'
        'en' || '12. Capacity planning'   | 'Fills'
    }

    def "every site's forecasts are kept a while: the dashboard and the report do not fit them again"() {
        when:
        def first = forecasts.all()

        then:
        first.any { it.siteId() == siteId }
        forecasts.all().is(first)
    }

    def "an unknown room is not found"() {
        when:
        forecasts.ofRoom(-1)

        then:
        thrown(vn.dcim.core.error.NotFoundException)
    }

    Asset put(Rack rack, AssetKind kind, String name) {
        equipment.inRack(siteId, rack, kind, name)
    }

    String monitored(Asset asset) {
        equipment.monitored('fc-', siteId, asset.id() == null ? assets.save(asset) : asset)
    }
}
