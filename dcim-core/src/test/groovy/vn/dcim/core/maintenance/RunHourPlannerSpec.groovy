package vn.dcim.core.maintenance

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.asset.Asset
import vn.dcim.core.asset.AssetKind
import vn.dcim.core.asset.AssetRepository
import vn.dcim.core.asset.AssetStatus
import vn.dcim.core.asset.Criticality
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.telemetry.Reading
import vn.dcim.core.telemetry.ReadingSink
import vn.dcim.core.testing.MariaDbSpec

import java.time.Clock
import java.time.Duration
import java.time.Instant
import java.time.LocalDate
import java.time.temporal.ChronoUnit

@MicronautTest(transactional = false)
class RunHourPlannerSpec extends MariaDbSpec {
    @Inject RunHourPlanner planner
    @Inject RunHours runHours
    @Inject MaintenancePlanRepository plans
    @Inject MaintenancePlanLoader loader
    @Inject WorkOrderRepository orders
    @Inject AssetRepository assets
    @Inject SiteRepository sites
    @Inject MonitoredDeviceRepository devices
    @Inject ReadingSink sink
    @Inject Clock clock

    Asset equipment(String name, AssetKind kind) {
        if (!sites.existsById('rh')) {
            sites.save(new Site('rh', 'Run hours site', null, null))
            loader.loadDefaults()
        }
        Asset a = assets.save(new Asset(null, 'rh', null, null, null, null, null, kind, name, 'RH-' + name, null, null, null,
                AssetStatus.in_service, Criticality.high, null, null, null, null, null, null, null, null))
        devices.save(MonitoredDevice.snmpV2c('rh-' + name, 'rh', a.id(), name, '127.0.0.1', 161, 'public'))
        a
    }

    /** A state reading every 10 minutes: {@code text} for {@code hours}, ending {@code endedAgo} before {@code now}, then its idle state. */
    void runs(String device, String metric, String text, String idle, double hours, Duration endedAgo, Instant now) {
        Instant end = now.minus(endedAgo)
        Instant t = end.minusSeconds(Math.round(hours * 3600))
        List<Reading> batch = []
        for (; t.isBefore(end); t = t.plusSeconds(600)) {
            batch << new Reading(t, device, metric, '0', 1, text, null)
        }
        batch << new Reading(end, device, metric, '0', 0, idle, null)
        sink.record(batch)
    }

    def "a generator that ran #hours h, the last ending #endedDaysAgo days ago (#order): run-hour order #expected"() {
        given:
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS)
        LocalDate today = now.atZone(clock.zone).toLocalDate()
        Asset gen = equipment('GEN-' + row, AssetKind.generator)
        runs('rh-GEN-' + row, 'gen.state', 'running', 'stopped', hours, Duration.ofDays(endedDaysAgo), now)
        MaintenancePlan plan = plans.findAll().find { it.code() == 'generator-service' }
        if (order == 'an order still open') {
            orders.save(WorkOrder.planned(plan.id(), gen.id(), today.plusDays(100)))
        } else if (order == 'serviced since') {
            orders.save(new WorkOrder(null, plan.id(), gen.id(), today.minusDays(1), WorkOrderStatus.done, 'A', now.minusSeconds(7200),
                    now.minusSeconds(3600), null, null, null, 'kt', 'kt', null, null, WorkOrderKind.planned, null, null, null))
        }

        when:
        planner.plan(now)
        def created = orders.findByPlanId(plan.id()).findAll { it.assetId() == gen.id() && it.status() == WorkOrderStatus.planned
                && it.dueDate() != today.plusDays(100) }

        then:
        created.collect { it.dueDate() } == (dueInDays == null ? [] : [today.plusDays(dueInDays)])

        when: 'the duty runs again'
        planner.plan(now)

        then: 'one order at a time'
        orders.findByPlanId(plan.id()).count { it.assetId() == gen.id() } == created.size() + (order == 'no order' ? 0 : 1)

        where:
        row | hours | endedDaysAgo | order                 || dueInDays
        1   | 260   | 1            | 'no order'            || 0
        2   | 240   | 0            | 'no order'            || 2     // 240 h in 30 days: 8 h a day, 10 h to go
        3   | 100   | 60           | 'no order'            || null  // 150 h to go at no recent pace
        4   | 260   | 1            | 'an order still open' || null
        5   | 260   | 1            | 'serviced since'      || null
        expected = dueInDays == null ? 'none' : "due in $dueInDays day(s)"
    }

    def "a cooling unit's run hours count its 'on' mode, and a silent unit counts as not running"() {
        given:
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS)
        Asset crac = equipment('CRAC-1', AssetKind.precision_cooling)
        runs('rh-CRAC-1', 'cooling.mode', 'on', 'standby', 48, Duration.ofDays(3), now)
        // a last 'on' reading and then silence: it counts no longer than the gap allowed (15 min)
        sink.record([new Reading(now.minus(Duration.ofDays(1)), 'rh-CRAC-1', 'cooling.mode', '0', 2, 'on', null)])

        expect:
        Math.abs(runHours.of(crac.id(), now.minus(Duration.ofDays(10)), now) - 48.25) < 0.01
    }
}
