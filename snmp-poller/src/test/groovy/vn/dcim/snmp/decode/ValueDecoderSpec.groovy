package vn.dcim.snmp.decode

import org.snmp4j.smi.Counter64
import org.snmp4j.smi.Gauge32
import org.snmp4j.smi.Integer32
import org.snmp4j.smi.IpAddress
import org.snmp4j.smi.OID
import org.snmp4j.smi.Null
import org.snmp4j.smi.OctetString
import org.snmp4j.smi.TimeTicks
import spock.lang.Specification
import vn.dcim.snmp.profile.MetricDef
import vn.dcim.snmp.profile.MetricKind
import vn.dcim.snmp.profile.StateMeaning

class ValueDecoderSpec extends Specification {

    static MetricDef gauge(String unit, double divisor, Set<Long> sentinels = [] as Set) {
        new MetricDef('m', '1.3.6.1.4.1.1.0', false, unit, divisor, 1, MetricKind.gauge, [:], sentinels, null, null, null, null, null, null, null, [] as Set, null, null)
    }

    def "#variable decoded as #unit ÷ #divisor gives #expected"() {
        when:
        def d = ValueDecoder.decode(gauge(unit, divisor, [65535L, -1L] as Set), variable)

        then:
        d.ok() == (expected != null)
        expected == null || Math.abs(d.value() - expected) < 1e-9
        expected != null || d.rejection() =~ reason

        where:
        variable                                   | unit  | divisor || expected | reason
        new Integer32(500)                         | 'Hz'  | 10      || 50d      | null
        new Gauge32(500)                           | 'Hz'  | 10      || 50d      | null   // INTEGER sent as Gauge32
        new TimeTicks(6000)                        | 'min' | 6000    || 1d       | null
        new Counter64(8483906)                     | 'kWh' | 1000    || 8483.906 | null
        new OctetString('89.0 %')                  | '%'   | 1       || 89d      | null
        new OctetString('70 F')                    | '°C'  | 1       || 21.11111111111111d | null
        new OctetString('-4')                      | 'W'   | 1       || -4d      | null
        new Integer32(65535)                       | '°C'  | 1       || null     | 'sentinel'
        new Integer32(-1)                          | 'min' | 1       || null     | 'sentinel'
        new OctetString('n/a')                     | 'V'   | 1       || null     | 'not a number'
        new OctetString([0xff, 0x00, 0x13] as byte[]) | 'V' | 1      || null     | 'not a number'
        Null.noSuchObject                          | 'V'   | 1       || null     | 'no value'
        Null.noSuchInstance                        | 'V'   | 1       || null     | 'no value'
    }

    def "#variable as #unit is refused as #refusal, never read as a number"() {
        given:
        def metric = new MetricDef(name, '1.3.6.1.4.1.1.0', false, unit, 1, 1, kind, [:], [] as Set, null, null, null, null, null, null, null, [] as Set, null, null)

        when:
        def d = ValueDecoder.decode(metric, variable)

        then:
        !d.ok()
        d.value() == null
        d.refusal() == refusal
        d.rejection() =~ reason

        where:
        name              | variable                                       | unit | kind                || refusal                 | reason
        'ups.input.freq'  | new OctetString('1e309')                       | 'Hz' | MetricKind.gauge    || Refusal.overflow        | /1e309/
        'ups.input.freq'  | new OctetString('-1E400 Hz')                   | 'Hz' | MetricKind.gauge    || Refusal.overflow        | /1E400/
        'ups.input.volt'  | new OctetString('NaN')                         | 'V'  | MetricKind.gauge    || Refusal.not_finite      | /NaN/
        'env.temperature' | new OctetString('')                            | '°C' | MetricKind.gauge    || Refusal.no_value        | /no value \(empty text\)/
        'door.state'      | new OctetString('  ')                          | ''   | MetricKind.state    || Refusal.no_value        | /no value \(empty text\)/
        'ups.input.volt'  | new OctetString('-inf')                        | 'V'  | MetricKind.gauge    || Refusal.not_finite      | /-inf/
        'ups.input.volt'  | new OctetString('Infinity V')                  | 'V'  | MetricKind.gauge    || Refusal.not_finite      | /Infinity/
        'device.uptime'   | new OctetString('12345')                       | 's'  | MetricKind.counter  || Refusal.wrong_type      | /OCTET STRING "12345" for a counter/
        'ups.input.curr'  | new OID('1.3.6.1.4.1.9')                       | 'A'  | MetricKind.gauge    || Refusal.wrong_type      | /OBJECT IDENTIFIER/
        'ups.input.curr'  | new IpAddress('10.0.0.1')                      | 'A'  | MetricKind.gauge    || Refusal.wrong_type      | /IpAddress/
        'env.humidity'    | new Integer32(99999)                           | '%'  | MetricKind.gauge    || Refusal.implausible     | /99999\.0 % \(plausible 0\.\.100 %\)/
        'env.humidity'    | new Integer32(-3)                              | '%'  | MetricKind.gauge    || Refusal.implausible     | /-3\.0 %/
        'ups.battery.volt'| new Integer32(-1)                              | 'V'  | MetricKind.gauge    || Refusal.implausible     | /-1\.0 V/
        'env.temperature' | new Counter64(-1L)                             | '°C' | MetricKind.gauge    || Refusal.implausible     | /1\.8\d*E19 °C/
        'env.temperature' | new OctetString('151 C')                       | '°C' | MetricKind.gauge    || Refusal.implausible     | /151\.0 °C \(plausible -50\.\.150 °C\)/
        'ups.input.freq'  | new OctetString('1e300')                       | 'Hz' | MetricKind.gauge    || Refusal.implausible     | /1\.0E300 Hz/
    }

    def "#variable as #unit of #name is plausible: #expected"() {
        given:
        def metric = new MetricDef(name, '1.3.6.1.4.1.1.0', false, unit, 1, 1, MetricKind.gauge, [:], [] as Set, null, null, null, null, null, null, null, [] as Set, null, null)

        expect:
        ValueDecoder.decode(metric, variable).value() == expected

        where:
        name              | variable                     | unit || expected
        'dc.voltage'      | new OctetString('-54.69')    | 'V'  || -54.69d   // a -48 V DC plant
        'ups.output.load' | new Integer32(150)           | '%'  || 150d      // overload
        'env.humidity'    | new Integer32(100)           | '%'  || 100d
        'env.temperature' | new Integer32(-50)           | '°C' || -50d
        'ups.battery.curr'| new Integer32(-12)           | 'A'  || -12d      // discharging
        'ups.input.freq'  | new OctetString('5e1')       | 'Hz' || 50d
        'cooling.value'   | new OctetString('1e309')     | ''   || null      // no unit, still no overflow read as 1
    }

    def "a row the agent's unit setting puts in Fahrenheit is read in °C after the metric's divisor: #raw"() {
        expect:
        Math.abs(ValueDecoder.decode(gauge('°C', 10, [-410L] as Set), new Integer32(raw), true).value() - celsius) < 1e-9
        !ValueDecoder.decode(gauge('°C', 10, [-410L] as Set), new Integer32(-410), true).ok()

        where:
        raw  || celsius
        770  || 25d
        320  || 0d
        -40  || -20d
    }

    def "a state keeps its number and names its meaning, also for values the MIB does not list"() {
        given:
        def m = new MetricDef('ups.output.source', '1.3.6.1.2.1.33.1.4.1.0', false, '', 1, 1, MetricKind.state,
                [3L: new StateMeaning('normal', 'normal'), 5L: new StateMeaning('battery', 'critical')], [] as Set, null, null, null, null, null, null, null, [] as Set, null, null)

        expect:
        ValueDecoder.decode(m, new Integer32(raw)).text() == text
        ValueDecoder.decode(m, new Integer32(raw)).value() == raw

        where:
        raw || text
        3   || 'normal'
        5   || 'battery'
        9   || 'unknown(9)'
    }

    def "a state sent as its name reads as the state of that name: #sent"() {
        given: 'an agent that sends its HA state as text (PAN-COMMON-MIB panSysHAState)'
        def m = new MetricDef('fw.ha.local_state', '1.3.6.1.4.1.25461.2.1.2.1.11.0', false, '', 1, 1, MetricKind.state,
                [4L: new StateMeaning('passive', 'normal'), 5L: new StateMeaning('active', 'normal')], [] as Set, null, null, null, null, null, null, null, [] as Set, null, null)

        when:
        def d = ValueDecoder.decode(m, new OctetString(sent))

        then:
        d.ok() == ok
        d.value() == value
        d.text() == text

        where:
        sent       || ok    | value | text
        'active'   || true  | 5     | 'active'
        'Passive ' || true  | 4     | 'passive'
        '5'        || true  | 5     | 'active'
        'degraded' || false | null  | null
    }
}
