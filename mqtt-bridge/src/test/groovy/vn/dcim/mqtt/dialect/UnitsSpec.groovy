package vn.dcim.mqtt.dialect

import spock.lang.Specification

/**
 * One unit per metric whoever sends it: a device's own unit, however spelled, turned into the product's by the one
 * table every dialect converts with (its examples: UnitConversionSpec), and no value when no unit is named.
 */
class UnitsSpec extends Specification {

    def "#value #from is #expected #to"() {
        expect:
        def got = Units.convert(value, from, to)
        expected == null ? got == null : Math.abs(got - expected) < 1e-9

        where:
        value  | from    | to      || expected
        3005   | 'mV'    | 'V'     || 3.005
        12     | 'KWH'   | 'kWh'   || 12
        7      | null    | 'V'     || null
        7      | 'V'     | null    || null
    }
}
