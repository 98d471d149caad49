package vn.dcim.mqtt.dialect

import spock.lang.Specification

/** A value in the unit the device announces, in the unit the product stores the metric in; never across quantities. */
class UnitConversionSpec extends Specification {

    def "#value #from is #expected #to"() {
        expect:
        Math.abs(UnitConversion.convert(value, from, to) - expected) < 1e-6 * Math.max(1, Math.abs(expected))

        where:
        value   | from         | to        || expected
        101325d | 'Pa'         | 'hPa'     || 1013.25d
        101.3d  | 'kPa'        | 'hPa'     || 1013d
        1.013d  | 'bar'        | 'hPa'     || 1013d
        1009.5d | 'mbar'       | 'hPa'     || 1009.5d
        14.7d   | 'psi'        | 'hPa'     || 1013.5293221d
        29.92d  | 'inHg'       | 'hPa'     || 1013.2075888d
        760d    | 'mmHg'       | 'hPa'     || 1013.2501444d
        71.6d   | '°F'         | '°C'      || 22d
        71.6d   | 'ºF'         | '°C'      || 22d
        22d     | '℃'          | '°C'      || 22d
        295.15d | 'K'          | '°C'      || 22d
        1.25d   | 'kW'         | 'W'       || 1250d
        3012d   | 'mV'         | 'V'       || 3.012d
        450d    | 'mA'         | 'A'       || 0.45d
        152340d | 'Wh'         | 'kWh'     || 152.34d
        1.5d    | 'MWh'        | 'kWh'     || 1500d
        93d     | '%'          | 'ratio'   || 0.93d
        2500d   | 'L'          | 'm³'      || 2.5d
        1.85d   | 'm'          | 'mm'      || 1850d
        152d    | 'cm'         | 'mm'      || 1520d
        2d      | 'kVA'        | 'VA'      || 2000d
        12d     | 'µg/m³'      | 'μg/m³'   || 12d
        5d      | 'µg/m³'      | 'mg/m³'   || 0.005d
        5d      | 'μg/m³'      | 'mg/m³'   || 0.005d
        5d      | 'ug/m3'      | 'mg/m³'   || 0.005d
        450d    | 'ppb'        | 'ppm'     || 0.45d
        300d    | 'lux'        | 'lx'      || 300d
        2d      | 'klx'        | 'lx'      || 2000d
        71.6d   | 'fahrenheit' | 'celsius' || 22d
        23.5d   | null         | '°C'      || 23.5d
        23.5d   | '°C'         | '°C'      || 23.5d
    }

    def "#from does not measure what #to does: no value"() {
        expect:
        UnitConversion.convert(21d, from, to) == null

        where:
        from      | to
        'W'       | '°C'
        'kWh'     | 'W'
        'V'       | 'A'
        'lqi'     | 'dBm'
        'furlong' | 'hPa'
        'ppm'     | 'µg/m³'
        'mV'      | 'W'
        'pH'      | 'V'
    }
}
