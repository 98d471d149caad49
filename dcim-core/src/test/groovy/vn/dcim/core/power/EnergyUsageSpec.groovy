package vn.dcim.core.power

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.report.EquipmentReports
import vn.dcim.core.report.ReportPeriod
import vn.dcim.core.telemetry.Reading
import vn.dcim.core.report.EquipmentReports
import vn.dcim.core.report.ReportPeriod
import vn.dcim.core.telemetry.ReadingHistory
import vn.dcim.core.report.EquipmentReports
import vn.dcim.core.report.ReportPeriod
import vn.dcim.core.telemetry.ReadingSink
import vn.dcim.core.telemetry.RollupDuty
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Sql

import javax.sql.DataSource
import java.time.Clock
import java.time.Duration
import java.time.Instant
import java.time.LocalDate

/**
 * PUE over a month per ISO/IEC 30134-2 (facility energy ÷ IT energy), from the energy counters where the
 * devices report kWh, else from their power integrated hour by hour, equals the hand computation; CUE with
 * the grid emission factor (0.6592 kgCO2/kWh). February 2026 in the center's days: 672 hours, one point an hour.
 */
@MicronautTest(transactional = false)
class EnergyUsageSpec extends MariaDbSpec {
    static final int HOURS = 28 * 24
    static final double WRAP = 429_496_729.6   // a 32-bit counter of 0.1 kWh

    @Inject ReadingSink sink
    @Inject RollupDuty rollups
    @Inject EnergyUsage energy
    @Inject DataSource dataSource
    @Inject Clock clock
    @Inject EquipmentReports reports

    def "#what"() {
        given: 'a chain of one transfer switch and two PDUs (or a UPS), each read by its device, one reading an hour'
        def site = siteWith(itMeasuredAt, facilityMetric, itMetric, facility, it1, it2)

        when:
        def pue = energy.of(site, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1))

        then:
        pue.facilityKwh() == facilityKwh
        pue.itKwh() == itKwh
        pue.pue() == expectedPue
        pue.cue() == cue
        pue.category() == category
        pue.missing() == missing

        where:
        what                                                           | itMeasuredAt | facilityMetric                | itMetric                 | facility                                     | it1                                  | it2                                                   || facilityKwh | itKwh   | expectedPue | cue   | category | missing
        'counters: 671 h of 30 kWh over 671 h of 2 × 10 kWh'           | 'pdu'        | ['ats.output.energy', 'kWh']  | ['pdu.energy', 'kWh']    | { h -> 10_000 + 30 * h }                     | { h -> 500 + 10 * h }                | { h -> 10 * h }                                       || 20130d      | 13420d  | 1.5d        | 0.989 | 2        | null
        'a PDU counter reset to 0 at hour 300 (replaced meter)'        | 'pdu'        | ['ats.output.energy', 'kWh']  | ['pdu.energy', 'kWh']    | { h -> 10_000 + 30 * h }                     | { h -> 500 + 10 * h }                | { h -> h < 300 ? 5_000 + 10 * h : 4 + 10 * (h - 300) } || 20130d     | 13414d  | 1.5d        | 0.989 | 2        | null
        'the facility counter rolls over its 32 bits at hour 100'      | 'pdu'        | ['ats.output.energy', 'kWh']  | ['pdu.energy', 'kWh']    | { h -> (WRAP - 3_000 + 30 * h) % WRAP }      | { h -> 500 + 10 * h }                | { h -> 10 * h }                                       || 20130d      | 13420d  | 1.5d        | 0.989 | 2        | null
        'a counter silent for 5 days still counts through the gap'    | 'pdu'        | ['ats.output.energy', 'kWh']  | ['pdu.energy', 'kWh']    | { h -> 10_000 + 30 * h }                     | { h -> h in 200..<320 ? null : 10 * h } | { h -> 10 * h }                                    || 20130d      | 13420d  | 1.5d        | 0.989 | 2        | null
        'powers integrated hour by hour: 30 kW over 2 × 8 kW'          | 'pdu'        | ['ats.output.power', 'kW']    | ['pdu.power', 'W']       | { h -> 30d }                                 | { h -> 8_000d }                      | { h -> 8_000d }                                       || 20160d      | 10752d  | 1.88d       | 1.236 | 2        | null
        'a PDU power silent for 5 days: no PUE, gaps'                  | 'pdu'        | ['ats.output.power', 'kW']    | ['pdu.power', 'W']       | { h -> 30d }                                 | { h -> h in 200..<320 ? null : 10_000d } | { h -> 10_000d }                                  || 20160d      | 12240d  | null        | null  | 2        | 'gaps'
        'a PDU without a meter: no PUE, no IT meter'                   | 'pdu'        | ['ats.output.energy', 'kWh']  | ['pdu.energy', 'kWh']    | { h -> 10_000 + 30 * h }                     | { h -> 500 + 10 * h }                | null                                                  || 20130d      | null    | null        | null  | null     | 'no-it-meter'
        'no PDUs: IT energy at the UPS output, category 1'             | 'ups'        | ['ats.output.energy', 'kWh']  | ['ups.output.power', 'W'] | { h -> 10_000 + 30 * h }                    | { h -> 12_000d }                     | { h -> 12_000d }                                      || 20130d      | 16128d  | 1.25d       | 0.823 | 1        | null
        'IT energy above the facility energy: meters disagree'         | 'pdu'        | ['ats.output.energy', 'kWh']  | ['pdu.energy', 'kWh']    | { h -> 10 * h }                              | { h -> 10 * h }                      | { h -> 10 * h }                                       || 6710d       | 13420d  | null        | null  | 2        | 'below-one'
    }

    def "#lang: the yearly report's energy section gives each month of each site and the year"() {
        given: 'a site whose counters ran in February 2026 only'
        def site = siteWith('pdu', ['ats.output.energy', 'kWh'], ['pdu.energy', 'kWh'],
                { h -> 10_000 + 30 * h }, { h -> 500 + 10 * h }, { h -> 10 * h })

        when:
        def section = reports.build(ReportPeriod.parse('2026'), lang).sections().find { it.title().contains('PUE') }
        def rows = section.rows().findAll { it[0] == site }

        then: 'twelve months and the year, each month as people write it beside dd/MM/yyyy dates'
        rows*.getAt(1) == (1..12).collect { String.format('%02d/2026', it) } + [wholeYear]
        rows[1] == [site, '02/2026', 20130d, 13420d, 1.5d, 'PUE2', 0.989d, counted]

        and: 'January, before the meters were put in, measured nothing: a dash and why, never 0 kWh'
        rows[0][2..6] == ['—', '—', '', 'PUE2', '']
        rows[0][7] == noMeter
        rows[12][7] == gaps

        where:
        lang | wholeYear           | counted                                                   | gaps                                                          | noMeter
        'vi' | 'Cả kỳ năm 2026'    | 'từ công tơ điện năng, số đo phủ 100 % kỳ'                | 'không tính: số đo bị gián đoạn quá nhiều trong kỳ'           | 'chưa có công tơ: không có số đo nào trong kỳ'
        'en' | 'Whole period 2026' | 'from energy counters, readings span 100 % of the period' | 'not computed: too many gaps in the readings of the period' | 'no meter yet: not a single reading in the period'
    }

    /** A site with a transfer switch and two PDUs (or UPSes) whose meters read values(h) at each hour h of February 2026. */
    private String siteWith(String itMeasuredAt, List facilityMetric, List itMetric, Closure facility, Closure it1, Closure it2) {
        def site = 'pue-' + UUID.randomUUID().toString().take(6)
        def sql = new Sql(dataSource)
        sql.update("INSERT INTO site (id, name) VALUES (?, ?)", [site, site])
        def devices = [ats: facility, pdu1: it1, pdu2: it2]
        devices.each { name, values ->
            sql.update("INSERT INTO monitored_device (id, site_id, name, protocol) VALUES (?, ?, ?, 'snmp')", ["$site-$name".toString(), site, name])
        }
        sql.update("INSERT INTO power_node (site_id, kind, name, device_id) VALUES (?, 'ats', 'ATS', ?)", [site, "$site-ats".toString()])
        ['pdu1', 'pdu2'].each { name ->
            sql.update("INSERT INTO power_node (site_id, kind, name, device_id) VALUES (?, ?, ?, ?)",
                    [site, itMeasuredAt, name, devices[name] == null ? null : "$site-$name".toString()])
        }
        Instant start = LocalDate.of(2026, 2, 1).atStartOfDay(clock.zone).toInstant()
        def readings = []
        (0..<HOURS).each { h ->
            Instant t = start + Duration.ofHours(h)
            devices.each { name, Closure values ->
                Double v = values == null ? null : values(h)
                if (v != null) {
                    def (metric, unit) = name == 'ats' ? facilityMetric : itMetric
                    readings << Reading.of(t, "$site-$name", metric, '1', v, unit)
                }
            }
        }
        sink.record(readings)
        rollups.run(Instant.now())
        site
    }

    def "a counter's increase: #what"() {
        expect:
        Math.abs(MeterEnergy.increase(before, after) - increase) < 1e-6

        where:
        what                                        | before          | after || increase
        'counting up'                               | 100d            | 130d  || 30d
        'reset to zero, counted on from there'      | 5_000d          | 4d    || 4d
        'rollover of a 32-bit counter of 0.1 kWh'   | WRAP - 10       | 20d   || 30d
        'rollover of a 32-bit counter of 1 Wh'      | 4_294_967.196d  | 0.1d  || 0.2d
        'a drop far from any wrap is a reset'       | 1_000_000d      | 50d   || 50d
    }

    def "the year's PUE is its energies' ratio, not the mean of the months' ratios"() {
        given:
        def months = [new MeterEnergy(300, 1, 'counter'), new MeterEnergy(1000, 1, 'counter')]
        def its = [new MeterEnergy(100, 1, 'counter'), new MeterEnergy(800, 1, 'counter')]
        def settings = new EnergySettings()

        expect: 'months 3.0 and 1.25 average 2.125; the year is 1300 / 900'
        PeriodPue.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1),
                PeriodPue.MeterSum.of(months), PeriodPue.MeterSum.of(its), 2, settings).pue() == 1.44d
    }

    def "points outside the period are not integrated"() {
        given:
        Instant from = Instant.parse('2026-02-01T00:00:00Z')
        Instant to = Instant.parse('2026-02-01T04:00:00Z')
        def hourly = (-1..4).collect { new ReadingHistory.Point(from + Duration.ofHours(it), 2000d, 2000d, 2000d, null, 1) }

        expect:
        with(MeterEnergy.fromPower(hourly, 'W', from, to)) {
            kwh() == 8d
            coverage() == 1d
        }
    }
}
