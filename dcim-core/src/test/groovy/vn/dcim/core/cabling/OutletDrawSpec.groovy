package vn.dcim.core.cabling

import spock.lang.Specification
import vn.dcim.core.telemetry.LatestReading

import java.time.Instant

/**
 * The rack's measured draw: an outlet's power when its PDU reports it, else its current
 * times a voltage (the outlet's, the PDU's, or the nominal 230 V), marked estimated; nothing when the
 * PDU reports neither. The readings are those of a PDU whose outlet "3" is asked about.
 */
class OutletDrawSpec extends Specification {
    static final Instant T = Instant.parse('2026-11-25T08:00:00Z')

    static LatestReading r(String metric, String instance, Double value, String unit) {
        new LatestReading('pdu-1', metric, instance, T, value, null, unit)
    }

    def "outlet 3 with #what: #watts W, #basis"() {
        when:
        def draw = OutletDraw.of(' 3 ', readings, 230)

        then:
        draw.map { Math.round(it.watts()) }.orElse(null) == watts
        draw.map { it.basis() }.orElse(null) == basis
        draw.map { it.estimated() }.orElse(null) == estimated
        draw.map { it.volts() }.orElse(null) == volts

        where:
        what                                         | readings                                                                                   || watts | basis                            | estimated | volts
        'power reported'                             | [r('pdu.outlet.power', '3', 180, 'W'), r('pdu.outlet.current', '3', 1.5, 'A')]             || 180   | OutletDraw.Basis.measured        | false     | null
        'power reported in kW'                       | [r('pdu.outlet.power', '3', 0.21, 'kW')]                                                   || 210   | OutletDraw.Basis.measured        | false     | null
        'only current, and its own voltage'          | [r('pdu.outlet.current', '3', 1.5, 'A'), r('pdu.outlet.voltage', '3', 228, 'V'),
                                                        r('pdu.inlet.voltage', '1', 240, 'V')]                                                    || 342   | OutletDraw.Basis.outlet_voltage  | true      | 228d
        'only current, and the PDU\'s inlet voltage'  | [r('pdu.outlet.current', '3', 2, 'A'), r('pdu.inlet.voltage', '1', 221.5, 'V'),
                                                        r('pdu.phase.voltage', '1', 400, 'V')]                                                    || 443   | OutletDraw.Basis.pdu_voltage     | true      | 221.5d
        'only current, and a phase voltage'          | [r('pdu.outlet.current', '3', 2, 'A'), r('pdu.phase.voltage', '2', 231, 'V'),
                                                        r('pdu.phase.voltage', '1', 219, 'V')]                                                    || 438   | OutletDraw.Basis.pdu_voltage     | true      | 219d
        'only current in mA, a dead outlet voltage'  | [r('pdu.outlet.current', '3', 1500, 'mA'), r('pdu.outlet.voltage', '3', 0, 'V')]           || 345   | OutletDraw.Basis.nominal_voltage | true      | 230d
        'only current'                               | [r('pdu.outlet.current', '3', 1.5, 'A')]                                                   || 345   | OutletDraw.Basis.nominal_voltage | true      | 230d
        'only another outlet\'s power and current'    | [r('pdu.outlet.power', '4', 99, 'W'), r('pdu.outlet.current', '4', 1, 'A')]                || null  | null                             | null      | null
        'nothing'                                    | []                                                                                         || null  | null                             | null      | null
    }

    def "an estimate keeps the time of the current it rests on"() {
        expect:
        OutletDraw.of('3', [r('pdu.outlet.current', '3', 1, 'A')], 220).get().with { [time(), watts()] } == [T, 220d]
    }
}
