package vn.dcim.core.battery

import io.micronaut.test.annotation.MockBean
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.asset.Asset
import vn.dcim.core.asset.AssetKind
import vn.dcim.core.asset.AssetRepository
import vn.dcim.core.asset.AssetStatus
import vn.dcim.core.asset.Criticality
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.maintenance.WorkOrderKind
import vn.dcim.core.maintenance.WorkOrders
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.telemetry.Reading
import vn.dcim.core.telemetry.ReadingSink
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.MutableClock

import java.time.Clock
import java.time.Duration
import java.time.Instant
import java.time.LocalDate

@MicronautTest(transactional = false)
class BatteryHealthsSpec extends MariaDbSpec {
    static final Instant NOW = Instant.parse('2026-12-31T03:00:00Z')

    @Inject BatteryHealths healths
    @Inject BatteryReplacements replacements
    @Inject WorkOrders workOrders
    @Inject AssetRepository assets
    @Inject SiteRepository sites
    @Inject MonitoredDeviceRepository devices
    @Inject ReadingSink sink

    static final MutableClock clock = new MutableClock(NOW)

    @Override
    Map<String, String> extraProperties() {
        ['dcim.battery.order-ahead-days': '300']
    }

    @MockBean(Clock)
    Clock clock() { clock }

    /** A UPS in service with its monitored device; the battery bought on {@code purchased}. */
    Asset ups(String name, LocalDate purchased = LocalDate.of(2026, 1, 1)) {
        if (!sites.existsById('bh')) {
            sites.save(new Site('bh', 'Battery site', null, null))
        }
        Asset a = assets.save(new Asset(null, 'bh', null, null, null, null, null, AssetKind.ups, name, 'BH-' + name, 'APC',
                'SRT', null, AssetStatus.in_service, Criticality.high, null, null, purchased, null, null, null, null, null))
        devices.save(MonitoredDevice.snmpV2c('dev-' + name, 'bh', a.id(), name, '127.0.0.1', 161, 'public'))
        a
    }

    /** Outages every two weeks over the half year before now, the battery wearing {@code wearPerYear} from 1.0 at purchase. */
    double ridesOutages(String device, double wearPerYear, List<Integer> loads) {
        def sim = new OutageHistory(device)
        Instant first = NOW.minus(Duration.ofDays(180))
        double health = 1
        loads.eachWithIndex { int load, int i ->
            Instant start = first.plus(Duration.ofDays(14 * i))
            health = 1 - wearPerYear * Duration.between(Instant.parse('2026-01-01T00:00:00Z'), start).toDays() / 365.25
            sink.record(sim.outage(start, load, health, (i * 3) % sim.pollSeconds))
        }
        health
    }

    def "the runtime expected at #nowLoad % load is within 10 % of what the next outage at that load shows"() {
        given: 'a half year of outages at changing loads, the battery wearing 12 % a year'
        Asset a = ups('UPS-R' + nowLoad)
        String device = 'dev-UPS-R' + nowLoad
        ridesOutages(device, 0.12, [30, 55, 70, 40, 62, 35, 48, 80, 25, 58, 44, 66, 52])
        sink.record(new OutageHistory(device).now(NOW.minusSeconds(30), nowLoad))

        when: 'the expected runtime now, and the outage that comes the next day'
        def before = healths.of(a.id())
        Instant next = NOW.plus(Duration.ofDays(1))
        double trueHealth = 1 - 0.12 * Duration.between(Instant.parse('2026-01-01T00:00:00Z'), next).toDays() / 365.25
        sink.record(new OutageHistory(device).outage(next, nowLoad, trueHealth, 7))
        clock.now = next.plus(Duration.ofHours(1))
        def observed = healths.of(a.id()).discharges().last()
        println "BATTERY-MODEL load ${nowLoad} %: expected ${before.expectedRuntimeMinutes()} min, next outage observed " +
                "${observed.observedMinutes()} min (${String.format('%+.1f', (before.expectedRuntimeMinutes() / observed.observedMinutes() - 1) * 100)} %), " +
                "true ${OutageHistory.trueMinutes(trueHealth, nowLoad)} min (${String.format('%+.1f', (before.expectedRuntimeMinutes() / OutageHistory.trueMinutes(trueHealth, nowLoad) - 1) * 100)} %)"

        then:
        before.discharges().size() == 13
        Math.abs(before.expectedRuntimeMinutes() / observed.observedMinutes() - 1) < 0.10
        Math.abs(before.expectedRuntimeMinutes() / OutageHistory.trueMinutes(trueHealth, nowLoad) - 1) < 0.10

        cleanup:
        clock.now = NOW

        where:
        nowLoad << [25, 45, 70, 90]
    }

    def "the health's trend gives the replace-by day, and its order is opened once, ahead of it"() {
        given: 'a battery losing 12 % of its runtime a year reaches 80 % about 20 months after purchase'
        Asset a = ups('UPS-T')
        ridesOutages('dev-UPS-T', 0.12, [50] * 13)

        when:
        def h = healths.of(a.id())

        then:
        h.reason() == BatteryHealth.ReplaceReason.runtime_trend
        Math.abs(h.health() - 0.88) < 0.03
        Math.abs(h.healthPerYear() + 0.12) < 0.03
        Math.abs(Duration.between(LocalDate.of(2027, 8, 31).atStartOfDay(), h.replaceBy().atStartOfDay()).toDays()) < 60
        h.replacementOrderId() == null

        when: 'the day is within the order-ahead window (300 days here), the duty runs twice'
        def first = replacements.open()
        def second = replacements.open()
        def order = workOrders.find(healths.of(a.id()).replacementOrderId() as long).get()

        then:
        first.opened() >= 1
        second.opened() == 0
        order.kind() == WorkOrderKind.planned
        order.deviceId() == 'dev-UPS-T'
        order.title().startsWith('Thay ắc quy UPS-T trước ')

        when: 'the batteries are replaced: a new battery, no outage on it yet'
        def fresh = healths.register(a.id(), LocalDate.now(clock), 60, 'asset-manager')

        then:
        fresh.replacementOrderId() == null
        fresh.discharges().isEmpty()
        fresh.reason() == BatteryHealth.ReplaceReason.vendor_life
        fresh.replaceBy() == LocalDate.now(clock).plusMonths(60)
        replacements.open().opened() == 0

        cleanup:
        clock.now = NOW
    }

    def "the UPS's own verdict #metric = #text makes the battery due #expected"() {
        given:
        Asset a = ups('UPS-V' + row, LocalDate.of(2025, 6, 1))
        sink.record([new Reading(NOW.minusSeconds(60), 'dev-UPS-V' + row, metric, '0', 2, text, null)])

        when:
        def h = healths.of(a.id())

        then:
        h.reason() == reason
        h.replaceBy() == (reason == BatteryHealth.ReplaceReason.vendor_life ? LocalDate.of(2030, 6, 1) : LocalDate.now(clock))

        where:
        row | metric                           | text                      || reason
        1   | 'ups.battery.replace'            | 'batteryNeedsReplacing'   || BatteryHealth.ReplaceReason.replace_indicator
        2   | 'ups.battery.replace'            | 'yes'                     || BatteryHealth.ReplaceReason.replace_indicator
        3   | 'ups.battery.replace'            | 'noBatteryNeedsReplacing' || BatteryHealth.ReplaceReason.vendor_life
        4   | 'ups.test.result'                | 'doneError'               || BatteryHealth.ReplaceReason.self_test
        5   | 'ups.test.result'                | 'failed'                  || BatteryHealth.ReplaceReason.self_test
        6   | 'ups.test.result'                | 'donePass'                || BatteryHealth.ReplaceReason.vendor_life
        7   | 'ups.test_results_summary.state' | 'batteryTestFail'         || BatteryHealth.ReplaceReason.self_test
        expected = reason == BatteryHealth.ReplaceReason.vendor_life ? 'at its vendor life' : 'today'
    }

    def "a register with a future install date or a life out of range is refused"() {
        given:
        Asset a = ups('UPS-X' + life + installed.year)

        when:
        healths.register(a.id(), installed, life, 'asset-manager')

        then:
        thrown(vn.dcim.core.error.InvalidInputException)

        where:
        installed                  | life
        LocalDate.of(2027, 1, 5)   | 60
        LocalDate.of(2026, 1, 5)   | 0
        LocalDate.of(2026, 1, 5)   | 400
        LocalDate.of(1, 1, 1)      | 60
    }
}
