package vn.dcim.mqtt.dialect

import spock.lang.Specification

/**
 * One unit per metric whoever sends it: a device's own unit turned into the product's (docs/dialects.md,
 * "How a self-description teaches"), and left alone when the two do not measure the same thing.
 */
class UnitsSpec extends Specification {

    def "#value #from is #expected #to"() {
        expect:
        def got = Units.convert(value, from, to)
        expected == null ? got == null : Math.abs(got - expected) < 1e-9

        where:
        value  | from    | to      || expected
        3005   | 'mV'    | 'V'     || 3.005
        1250   | 'Wh'    | 'kWh'   || 1.25
        1.2    | 'kW'    | 'W'     || 1200
        650    | 'mA'    | 'A'     || 0.65
        71.6   | '°F'    | '°C'    || 22
        295.15 | 'K'     | '°C'    || 22
        101325 | 'Pa'    | 'hPa'   || 1013.25
        101.3  | 'kPa'   | 'hPa'   || 1013
        5      | 'µg/m³' | 'mg/m³' || 0.005
        5      | 'μg/m³' | 'mg/m³' || 0.005
        5      | 'ug/m3' | 'mg/m³' || 0.005
        450    | 'ppb'   | 'ppm'   || 0.45
        300    | 'lux'   | 'lx'    || 300
        230    | 'V'     | 'V'     || 230
        12     | 'KWH'   | 'kWh'   || 12
        2      | 'ppm'   | 'µg/m³' || null
        3005   | 'mV'    | 'W'     || null
        7      | 'pH'    | 'V'     || null
        7      | null    | 'V'     || null
        7      | 'V'     | null    || null
    }
}
