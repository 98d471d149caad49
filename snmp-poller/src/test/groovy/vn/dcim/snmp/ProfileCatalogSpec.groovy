package vn.dcim.snmp

import spock.lang.Specification
import vn.dcim.snmp.profile.FahrenheitWhen
import vn.dcim.snmp.profile.MetricKind
import vn.dcim.snmp.profile.ProfileCatalog
import vn.dcim.snmp.profile.ProfileException
import vn.dcim.snmp.profile.ProfileReader

class ProfileCatalogSpec extends Specification {

    def "every shipped profile loads, has a unique name, and every state metric names its states"() {
        when:
        def profiles = ProfileCatalog.load().all()

        then:
        profiles.size() >= 20
        profiles*.name().toSet().size() == profiles.size()
        profiles.every { p -> p.metrics().every { it.kind() != MetricKind.state || !it.states().isEmpty() } }
        ['ups-mib', 'apc-powernet-ups', 'eaton-xups', 'liebert-environmental', 'himoinsa-genset', 'entity-sensor',
         'akcp-sensorprobe', 'axis-camera', 'system'].every { n -> profiles*.name().contains(n) }
    }

    def "a profile may select a mixed table's rows by a type column and name a scalar's instance"() {
        when:
        def p = ProfileReader.read('mixed.yaml', new ByteArrayInputStream('''
            name: mixed
            match: {probe: [1.3.6.1.4.1.9]}
            metrics:
              - {name: env.humidity, column: 1.3.6.1.4.1.9.1.4, unit: '%', selectColumn: .1.3.6.1.4.1.9.1.2, selectValues: [2, wet]}
              - {name: env.temperature, oid: 1.3.6.1.4.1.9.2.0, instance: ext3, unit: °C}
              - {name: cooling.value, column: 1.3.6.1.4.1.9.3.3, divisorColumn: 1.3.6.1.4.1.9.3.5, divisor: 2}
              - {name: env.temperature, column: 1.3.6.1.4.1.9.4.4, unit: °C, fahrenheitWhen: {column: .1.3.6.1.4.1.9.5.9, values: [1]}}
              - {name: env.temperature, oid: 1.3.6.1.4.1.9.6.0, unit: °C, fahrenheitWhen: {oid: 1.3.6.1.4.1.9.7.0, values: [2, 3]}}
              - {name: env.temperature, oid: 1.3.6.1.4.1.9.8.0, unit: °C, fahrenheitWhen: {oid: 1.3.6.1.4.1.9.9.0, texts: ['°F', 'b0:46']}}
            '''.stripIndent().bytes))
        def humidity = p.metrics()[0]
        def cooling = p.metrics()[2]

        then:
        humidity.selectColumn() == '1.3.6.1.4.1.9.1.2'
        humidity.selects('2') && humidity.selects('wet') && !humidity.selects('1')
        p.metrics()[1].instance() == 'ext3'
        cooling.rowScaleColumn() == '1.3.6.1.4.1.9.3.5'
        cooling.forRow(10).scale(70) == 3.5d
        cooling.forRow(0).scale(70) == 35d
        p.metrics()[3].fahrenheitWhen() == new FahrenheitWhen('1.3.6.1.4.1.9.5.9', true, [1L] as Set)
        p.metrics()[3].forRow(1).fahrenheitWhen() == p.metrics()[3].fahrenheitWhen()
        p.metrics()[4].fahrenheitWhen() == new FahrenheitWhen('1.3.6.1.4.1.9.7.0', false, [2L, 3L] as Set)
        p.metrics()[5].fahrenheitWhen() == new FahrenheitWhen('1.3.6.1.4.1.9.9.0', false, [] as Set, ['°F', 'b0:46'] as Set)
        p.metrics()[5].fahrenheitWhen().fahrenheit(['b0:46', '\uFFFDF'] as Set)
        !p.metrics()[5].fahrenheitWhen().fahrenheit(['b0:43', '\uFFFDC'] as Set)
        !p.metrics()[3].fahrenheitWhen().fahrenheit(['1'] as Set)
        cooling.fahrenheitWhen() == null
    }

    def "a broken profile is refused naming what is wrong: #problem"() {
        when:
        ProfileReader.read('bad.yaml', new ByteArrayInputStream(yaml.bytes))

        then:
        def e = thrown(ProfileException)
        e.message.contains(problem)

        where:
        yaml                                                                                              || problem
        'name: x\nmatch: {probe: [1.3.6]}\nmetrics: [{name: a, oid: 1.3.6.1.0, colour: red}]'            || "unknown key 'colour'"
        'name: x\nmatch: {probe: [1.3.6]}\nmetrics: [{name: a, oid: 1.3.6.1.0, column: 1.3.6.1}]'         || 'exactly one'
        'name: x\nmatch: {probe: [1.3.6]}\nmetrics: [{name: a, oid: sysDescr}]'                           || 'not an OID'
        'name: x\nmatch: {probe: [1.3.6]}\nmetrics: [{name: a, oid: 1.3.6.1.0, kind: state}]'             || "needs 'states'"
        'name: x\nmatch: {}\nmetrics: [{name: a, oid: 1.3.6.1.0}]'                                        || "'match' needs"
        'name: x\nmatch: {probe: [1.3.6]}\nmetrics: [{name: a, oid: 1.3.6.1.0, divisor: 0}]'              || 'divisor 0'
        'name: x\nmatch: {probe: [1.3.6]}\nmetrics: [{name: a, column: 1.3.6.1.4, selectColumn: 1.3.6.1.2}]' || "'selectColumn' and 'selectValues' together"
        'name: x\nmatch: {probe: [1.3.6]}\nmetrics: [{name: a, oid: 1.3.6.1.0, selectColumn: 1.3.6.1.2, selectValues: [1]}]' || "'selectColumn' and 'selectValues' together"
        'name: x\nmatch: {probe: [1.3.6]}\nmetrics: [{name: a, oid: 1.3.6.1.0, kind: state, states: {1: {text: on}}}]' || 'quote it'
        'name: x\nmatch: {probe: [1.3.6]}\nmetrics: [{name: a, oid: 1.3.6.1.0, kind: state, states: {1: no}}]'          || 'quote it'
        'name: x\nmatch: {probe: [1.3.6]}\nmetrics: [{name: a, unit: °C, column: 1.3.6.1.4, fahrenheitWhen: {column: 1.3.6.1.2, values: []}}]' || "'values' must list"
        'name: x\nmatch: {probe: [1.3.6]}\nmetrics: [{name: a, unit: °C, column: 1.3.6.1.4, fahrenheitWhen: {column: 1.3.6.1.2, oid: 1.3.6.1.3.0, values: [1]}}]' || 'exactly one'
        'name: x\nmatch: {probe: [1.3.6]}\nmetrics: [{name: a, unit: °C, column: 1.3.6.1.4, fahrenheitWhen: {colum: 1.3.6.1.2, values: [1]}}]' || "fahrenheitWhen: unknown key 'colum'"
        'name: x\nmatch: {probe: [1.3.6]}\nmetrics: [{name: a, unit: °C, column: 1.3.6.1.4, fahrenheitWhen: 1.3.6.1.2}]' || 'fahrenheitWhen: must be'
        'name: x\nmatch: {probe: [1.3.6]}\nmetrics: [{name: a, column: 1.3.6.1.4, selectAlso: {column: 1.3.6.1.2, values: [9]}}]' || 'beside selectColumn'
        'name: x\nmatch: {probe: [1.3.6]}\nmetrics: [{name: a, column: 1.3.6.1.4, selectColumn: 1.3.6.1.1, selectValues: [8], selectAlso: {column: 1.3.6.1.2}}]' || 'needs a column OID and values'
        'name: x\nmatch: {probe: [1.3.6]}\nmetrics: [{name: a, column: 1.3.6.1.4, selectColumn: 1.3.6.1.1, selectValues: [8], selectAlso: {colum: 1.3.6.1.2, values: [9]}}]' || "selectAlso: unknown key 'colum'"
        'name: x\nmatch: {probe: [1.3.6]}\nmetrics: [{name: a, unit: °C, column: 1.3.6.1.4, fahrenheitWhen: {column: scale, values: [1]}}]' || 'fahrenheitWhen: not an OID'
        'name: x\nmatch: {probe: [1.3.6]}\nmetrics: [{name: a, unit: °C, column: 1.3.6.1.4, fahrenheitWhen: {column: 1.3.6.1.2, values: [fahrenheit]}}]' || 'value is not a number'
        'name: x\nmatch: {probe: [1.3.6]}\nmetrics: [{name: a, unit: °C, column: 1.3.6.1.4, fahrenheitWhen: {column: 1.3.6.1.2, texts: []}}]' || "'texts' must list"
        'name: x\nmatch: {probe: [1.3.6]}\nmetrics: [{name: a, unit: °C, column: 1.3.6.1.4, fahrenheitWhen: {column: 1.3.6.1.2}}]' || "'values' must list"
        'name: x\nmatch: {probe: [1.3.6]}\nmetrics: [{name: a, unit: °C, oid: 1.3.6.1.4.0, fahrenheitWhen: {column: 1.3.6.1.2, values: [1]}}]' || 'a scalar metric follows a scalar'
        'name: x\nmatch: {probe: [1.3.6]}\nmetrics: [{name: a, unit: V, column: 1.3.6.1.4, fahrenheitWhen: {column: 1.3.6.1.2, values: [1]}}]' || 'only a gauge in °C'
        'name: x\nmatch: {probe: [1.3.6]}\nmetrics: [{name: a, oid: 1.3.6.1.0, divisorWhen: {oid: 1.3.6.2.0, values: [1]}}]' || "'divisor' must be a number above 0"
        'name: x\nmatch: {probe: [1.3.6]}\nmetrics: [{name: a, oid: 1.3.6.1.0, divisorWhen: {oid: 1.3.6.2.0, values: [1], divisor: 0}}]' || "'divisor' must be a number above 0"
        'name: x\nmatch: {probe: [1.3.6]}\nmetrics: [{name: a, oid: 1.3.6.1.0, divisorWhen: {oid: 1.3.6.2.0, values: [], divisor: 10}}]' || "'values' must list"
        'name: x\nmatch: {probe: [1.3.6]}\nmetrics: [{name: a, oid: 1.3.6.1.0, divisorWhen: {column: 1.3.6.2, values: [1], divisor: 10}}]' || 'a scalar metric follows a scalar'
        'name: x\nmatch: {probe: [1.3.6]}\nmetrics: [{name: a, oid: 1.3.6.1.0, divisorWhen: {oid: 1.3.6.2.0, values: [1], divisor: 10, when: 1}}]' || "divisorWhen: unknown key 'when'"
        'name: x\nmatch: {probe: [1.3.6]}\nmetrics: [{name: a, oid: 1.3.6.1.0, kind: state, states: {1: x}, divisorWhen: {oid: 1.3.6.2.0, values: [1], divisor: 10}}]' || 'a state has no scale'
        'name: x\nmatch: {probe: [1.3.6]}\nmetrics: [{name: a, oid: 1.3.6.1.0, divisorWhen: 1.3.6.2.0}]' || 'divisorWhen: must be'
    }

    def "a profile may name the profiles it overrides; every override names a shipped profile"() {
        when:
        def p = ProfileReader.read('deviant.yaml', new ByteArrayInputStream('''
            name: deviant
            overrides: [ups-mib]
            match: {sysDescr: ['^Deviant']}
            metrics:
              - {name: ups.input.voltage, column: 1.3.6.1.2.1.33.1.3.3.1.3, unit: V, divisor: 10}
            '''.stripIndent().bytes))
        def shipped = ProfileCatalog.load().all()

        then:
        p.overrides() == ['ups-mib']
        shipped.find { it.name() == 'mge-galaxy' }.overrides() == ['ups-mib']
        shipped.every { s -> s.overrides().every { o -> shipped*.name().contains(o) } }
    }

    def "a catalog refuses a profile that overrides #what"() {
        when:
        ProfileCatalog.of([ProfileReader.read('p.yaml', new ByteArrayInputStream(yaml.bytes))])

        then:
        def e = thrown(ProfileException)
        e.message.contains(problem)

        where:
        what                 | yaml                                                                                           || problem
        'an unknown profile' | 'name: p\noverrides: [nope]\nmatch: {probe: [1.3.6]}\nmetrics: [{name: a, oid: 1.3.6.1.0}]' || "overrides unknown profile 'nope'"
        'itself'             | 'name: p\noverrides: p\nmatch: {probe: [1.3.6]}\nmetrics: [{name: a, oid: 1.3.6.1.0}]'      || 'cannot override itself'
    }
}
