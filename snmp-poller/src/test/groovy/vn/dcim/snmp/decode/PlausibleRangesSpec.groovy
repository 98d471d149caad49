package vn.dcim.snmp.decode

import spock.lang.Specification

/** The plausible ranges are data: the shipped file loads, and a broken one is refused loudly. */
class PlausibleRangesSpec extends Specification {

    def "the shipped ranges put #value #unit of #metric #verdict"() {
        when:
        def range = PlausibleRanges.standard().of(unit, metric)

        then:
        (range == null || range.contains(value)) == (verdict == 'in')

        where:
        unit | metric            | value  || verdict
        '%'  | 'env.humidity'    | 100    || 'in'
        '%'  | 'env.humidity'    | 100.5  || 'out'
        '%'  | 'ups.battery.charge' | 101 || 'out'
        '%'  | 'ups.output.load' | 101    || 'in'
        '°C' | 'env.temperature' | 150    || 'in'
        '°C' | 'env.temperature' | -51    || 'out'
        'V'  | 'dc.voltage'      | -54.69 || 'in'
        'V'  | 'dcpower.measurement.voltage' | -53.5 || 'in'
        'V'  | 'pdu.dc.system_voltage' | -55.2 || 'in'
        'V'  | 'dcs.input.voltage' | -1   || 'out'
        'Ah' | 'dcpower.battery_net_ah' | -120 || 'in'
        'V'  | 'ups.input.voltage' | -1   || 'out'
        'Hz' | 'ups.input.frequency' | 1001 || 'out'
        'W'  | 'ups.output.power' | -26   || 'in'
        ''   | 'cooling.value'   | 1e30   || 'in'
    }

    def "a range file with #problem is refused"() {
        when:
        PlausibleRanges.read(new ByteArrayInputStream(yaml.bytes))

        then:
        def e = thrown(IllegalStateException)
        e.message =~ message

        where:
        problem            | yaml                                           || message
        'no list'          | 'units: {}'                                    || /needs a list 'ranges'/
        'a typo in a key'  | 'ranges: [{unit: V, mni: 0}]'                  || /unknown key 'mni'/
        'no bound'         | 'ranges: [{unit: V}]'                          || /min <= max/
        'min above max'    | 'ranges: [{unit: V, min: 10, max: 1}]'         || /min <= max/
        'a text bound'     | 'ranges: [{unit: V, min: low}]'                || /not a number: low/
    }
}
