package vn.dcim.mqtt.dialect

import spock.lang.Specification

import java.time.Instant

/**
 * A dialect's {@code fields} table: readings from named fields of a JSON-object payload,
 * read in plain Java; what each kind of value gives, the time field, the condition on the topic, and the
 * tables the loader refuses.
 */
class FieldTableSpec extends Specification {
    static final Instant RECEIVED = Instant.parse('2026-11-25T10:00:00Z')

    static final String ACME = '''\
dialect: acme
topics: [acme/+/state, acme/+/status]
source: levels[1]
fields:
  when: levels[2] = "state"
  time: at
  map:
    t: {metric: env.temperature, unit: "°C"}
    on: {metric: pdu.outlet.state}
    door: {metric: door.state, instance: main, "true": {value: 0, text: closed}, "false": {value: 1, text: open}}
'''

    DialectEngine engine = new DialectEngine([DialectLoader.parse('acme.yaml', ACME)], DialectLimits.defaults())

    List<DialectReading> readings(String topic, String payload) {
        def r = engine.evaluate(topic, payload.bytes, RECEIVED)
        assert r instanceof DialectResult.Taken
        (r as DialectResult.Taken).readings()
    }

    def "#what gives #expected"() {
        expect:
        readings('acme/p1/state', payload).collect { [it.metric(), it.instance(), it.value(), it.text(), it.unit()] } == expected

        where:
        what                              | payload                     || expected
        'a number'                        | '{"t": 21.5}'               || [['env.temperature', '0', 21.5d, null, '°C']]
        'an integer'                      | '{"t": 21}'                 || [['env.temperature', '0', 21d, null, '°C']]
        'a boolean, unmapped: 1/0 on/off' | '{"on": true, "t": false}'  || [['env.temperature', '0', 0d, 'off', '°C'], ['pdu.outlet.state', '0', 1d, 'on', null]]
        'a mapped true'                   | '{"door": true}'            || [['door.state', 'main', 0d, 'closed', null]]
        'a mapped false'                  | '{"door": false}'           || [['door.state', 'main', 1d, 'open', null]]
        'a mapped string: truthy'         | '{"door": "false"}'         || [['door.state', 'main', 0d, 'closed', null]]
        'a mapped 0: falsy'               | '{"door": 0}'               || [['door.state', 'main', 1d, 'open', null]]
        'a mapped empty array: falsy'     | '{"door": []}'              || [['door.state', 'main', 1d, 'open', null]]
        'an absent field'                 | '{"other": 1}'              || []
        'JSON null, unmapped'             | '{"t": null}'               || []
        'JSON null, mapped'               | '{"door": null}'            || []
        'a number written as text'        | '{"t": "21.5"}'             || [['env.temperature', '0', 21.5d, null, '°C']]
        'a negative number as text'       | '{"t": "-4"}'               || [['env.temperature', '0', -4d, null, '°C']]
        'a text that is no plain number'  | '{"t": "21.5 C"}'           || []
        'NaN as text'                     | '{"t": "NaN"}'              || []
        'an exponent as text'             | '{"t": "1e400"}'            || []
        'an array of one number'          | '{"t": [21.5]}'             || []
        'an object'                       | '{"t": {"value": 21.5}}'    || []
        'a payload that is an array'      | '[{"t": 21.5}]'             || []
        'a payload that is a number'      | '21.5'                      || []
        'a payload that is text'          | 'hello'                     || []
    }

    def "the time field #what: #expected"() {
        expect:
        readings('acme/p1/state', payload)*.ts() == [expected]

        where:
        what                  | payload                                               || expected
        'ISO-8601'            | '{"t": 1, "at": "2024-05-02T10:15:30+07:00"}'         || Instant.parse('2024-05-02T03:15:30Z')
        'epoch seconds'       | '{"t": 1, "at": 1700000000}'                          || Instant.parse('2023-11-14T22:13:20Z')
        'epoch milliseconds'  | '{"t": 1, "at": 1700000000123}'                       || Instant.parse('2023-11-14T22:13:20.123Z')
        'absent'              | '{"t": 1}'                                            || RECEIVED
        'not a time'          | '{"t": 1, "at": "yesterday"}'                         || RECEIVED
    }

    def "the table applies only where its condition on the topic holds"() {
        expect:
        readings('acme/p1/state', '{"t": 21.5}')*.metric() == ['env.temperature']
        readings('acme/p1/status', '{"t": 21.5}') == []
    }

    def "a table's reading passes the engine's checks: a value beyond a double is refused"() {
        when:
        def r = engine.evaluate('acme/p1/state', '{"t": 1e400}'.bytes, RECEIVED)

        then:
        r instanceof DialectResult.Refused
        (r as DialectResult.Refused).reason() == DialectResult.Refusal.bad_output
    }

    def "readings and fields together: the expression's readings first, then the table's"() {
        given:
        def both = DialectLoader.parse('both.yaml', ACME.replace('fields:', 'readings: \'{"metric": "x.first", "value": payload.t * 2}\'\nfields:'))
        def r = new DialectEngine([both], DialectLimits.defaults()).evaluate('acme/p1/state', '{"t": 2}'.bytes, RECEIVED)

        expect:
        (r as DialectResult.Taken).readings().collect { [it.metric(), it.value()] } == [['x.first', 4d], ['env.temperature', 2d]]
    }

    def "a table with #problem is refused at line #line: #reason"() {
        when:
        DialectLoader.parse('acme.yaml', yaml)

        then:
        def e = thrown(DialectException)
        e.line() == line
        e.reason().contains(reason)

        where:
        problem                            | yaml                                                                           || line | reason
        'an unknown key'                   | ACME.replace('  time: at', '  tme: at')                                        || 6    | "fields: unknown key 'tme'"
        'an unknown key in a field'        | ACME.replace('{metric: pdu.outlet.state}', '{metric: pdu.outlet.state, scale: 2}') || 9 | "field 'on': unknown key 'scale'"
        'a bad metric name'                | ACME.replace('env.temperature', 'Env Temperature')                             || 8    | "field 't': metric 'Env Temperature' is not lower case"
        'no metric'                        | ACME.replace('{metric: pdu.outlet.state}', '{unit: W}')                        || 9    | "'metric' is missing"
        'only "true"'                      | ACME.replace(', "false": {value: 1, text: open}', '')                          || 10   | 'give both "true" and "false"'
        'a mapping with neither'           | ACME.replace('{value: 1, text: open}', '{}')                                   || 10   | "needs 'value' or 'text'"
        'a mapped value not a number'      | ACME.replace('{value: 1, text: open}', '{value: one, text: open}')             || 10   | 'value must be a number'
        'no map'                           | ACME.replace('  map:\n', '  mop:\n')                                           || 7    | "unknown key 'mop'"
        'an empty map'                     | ACME.replaceAll(/(?s)  map:.*/, '  map: {}\n')                                 || 7    | 'names no field'
        'a condition reading the payload'  | ACME.replace('levels[2] = "state"', 'payload.kind = "state"')                  || 5    | 'may read only topic and levels'
        'not a mapping'                    | ACME.replaceAll(/(?s)fields:.*/, 'fields: [t]\n')                               || 4    | 'expected a mapping'
        'suffixes not a pattern'           | ACME.replace('  time: at', '  time: at\n  suffixes: "l[0-9"')                   || 7    | 'fields suffixes: not a regular expression'
        'otherwise not a metric'           | ACME.replace('  time: at', '  time: at\n  otherwise: Acme Thing')               || 7    | "fields otherwise: 'Acme Thing'"
        '"on" without "off"'               | ACME.replace('{metric: pdu.outlet.state}', '{metric: pdu.outlet.state, "on": "ON", "true": {value: 1}, "false": {value: 0}}') || 9 | '"on" and "off" go together'
        '"on" without "true"'              | ACME.replace('{metric: pdu.outlet.state}', '{metric: pdu.outlet.state, "on": "ON", "off": "OFF"}') || 9 | '"on" and "off" go together'
        'an empty list of on values'       | ACME.replace('{metric: pdu.outlet.state}', '{metric: pdu.outlet.state, "on": [], "off": "OFF", "true": {value: 1}, "false": {value: 0}}') || 9 | "'on': an empty list"
        'above without a number'           | ACME.replace('{metric: env.temperature, unit: "°C"}', '{metric: env.temperature, above: {value: hot, metric: x.y}}') || 8 | 'above: value must be a number'
        'above with a bad metric'          | ACME.replace('{metric: env.temperature, unit: "°C"}', '{metric: env.temperature, above: {value: 1, metric: X}}') || 8 | "above: metric 'X'"
    }

    static final String PLUG = '''\
dialect: plug
topics: [plug/+]
source: levels[1]
fields:
  suffixes: 'l[0-9]+|left|right'
  otherwise: plug
  map:
    state: {metric: pdu.outlet.state, "on": [ON, OPEN], "off": [OFF, CLOSE], "true": {value: 1, text: "on"}, "false": {value: 0, text: "off"}}
    power: {metric: pdu.outlet.power, unit: W}
    power_factor: {metric: pdu.outlet.power_factor}
    cos_phi: {metric: pdu.outlet.power_factor, unit: ratio}
    energy: {metric: pdu.outlet.energy, unit: kWh, from: Wh}
    lux: {metric: env.illuminance, unit: lx, unless: lux_calibrated}
    lux_calibrated: {metric: env.illuminance, unit: lx}
    voltage: {metric: pdu.outlet.voltage, unit: V, above: {value: 1000, metric: device.battery.voltage, unit: V, from: mV}}
'''

    def "#what: #payload gives #expected"() {
        given:
        def engine = new DialectEngine([DialectLoader.parse('plug.yaml', PLUG)], DialectLimits.defaults())

        expect:
        (engine.evaluate('plug/p1', payload.bytes, RECEIVED) as DialectResult.Taken).readings()
                .collect { [it.metric(), it.instance(), it.value(), it.text(), it.unit()] } == expected

        where:
        what                                  | payload                                      || expected
        'on/off values choose true/false'     | '{"state": "ON"}'                            || [['pdu.outlet.state', '0', 1d, 'on', null]]
        'the off value'                       | '{"state": "OFF"}'                           || [['pdu.outlet.state', '0', 0d, 'off', null]]
        'any of a list of on values'          | '{"state": "OPEN"}'                          || [['pdu.outlet.state', '0', 1d, 'on', null]]
        'any of a list of off values'         | '{"state": "CLOSE"}'                         || [['pdu.outlet.state', '0', 0d, 'off', null]]
        'neither: no reading (not truthiness)'| '{"state": "TOGGLE"}'                        || []
        'a unit sent in another one'          | '{"energy": 1250}'                           || [['pdu.outlet.energy', '0', 1.25d, null, 'kWh']]
        'an endpoint suffix is the instance'  | '{"state_l2": "ON", "power_left": 3}'        || [['pdu.outlet.state', 'l2', 1d, 'on', null], ['pdu.outlet.power', 'left', 3d, null, 'W']]
        'the longest name first'              | '{"power_factor_l1": 0.9}'                   || [['pdu.outlet.power_factor', 'l1', 0.9d, null, null]]
        'a fraction is kept without a unit'   | '{"cos_phi": 0.9}'                           || [['pdu.outlet.power_factor', '0', 0.9d, null, null]]
        'a suffix the table does not accept'  | '{"power_today": 3, "state_usb": "ON"}'      || []
        'unless: the better field present'    | '{"lux": 31000, "lux_calibrated": 12}'       || [['env.illuminance', '0', 12d, null, 'lx']]
        'unless: the better field absent'     | '{"lux": 12}'                                || [['env.illuminance', '0', 12d, null, 'lx']]
        'above the bound: the other reading'  | '{"voltage": 3005}'                          || [['device.battery.voltage', '0', 3.005d, null, 'V']]
        'at most the bound: the field itself' | '{"voltage": 231}'                           || [['pdu.outlet.voltage', '0', 231d, null, 'V']]
        'unknown fields, untaught: nothing'   | '{"ph": 7, "child_lock": true}'              || []
    }

    static final String ATTRIBUTES = '''\
dialect: attributes
topics: [attr/#]
source: levels[1]
fields:
  plain: levels[2]
  suffixes: 'l[0-9]+'
  map:
    t: {metric: env.temperature, unit: "°C"}
    door: {metric: door.state, "true": {value: 0, text: closed}, "false": {value: 1, text: open}}
    state: {metric: pdu.outlet.state, "on": "ON", "off": "OFF", "true": {value: 1, text: "on"}, "false": {value: 0, text: "off"}}
    power: {metric: pdu.outlet.power, unit: W}
'''

    def "a plain payload is the field its topic names (#what): #payload on #topic gives #expected"() {
        given:
        def engine = new DialectEngine([DialectLoader.parse('attributes.yaml', ATTRIBUTES)], DialectLimits.defaults())

        expect:
        (engine.evaluate(topic, payload.bytes, RECEIVED) as DialectResult.Taken).readings()
                .collect { [it.metric(), it.instance(), it.value(), it.text(), it.unit()] } == expected

        where:
        what                                  | topic            | payload         || expected
        'a number as text'                    | 'attr/p1/t'      | '21.5'          || [['env.temperature', '0', 21.5d, null, '°C']]
        'a negative number'                   | 'attr/p1/t'      | '-4'            || [['env.temperature', '0', -4d, null, '°C']]
        'false is a boolean, not a text'      | 'attr/p1/door'   | 'false'         || [['door.state', '0', 1d, 'open', null]]
        'true'                                | 'attr/p1/door'   | 'true'          || [['door.state', '0', 0d, 'closed', null]]
        '0 is a number: falsy'                | 'attr/p1/door'   | '0'             || [['door.state', '0', 1d, 'open', null]]
        'an on value'                         | 'attr/p1/state'  | 'ON'            || [['pdu.outlet.state', '0', 1d, 'on', null]]
        'an endpoint suffix'                  | 'attr/p1/power_l2' | '3'           || [['pdu.outlet.power', 'l2', 3d, null, 'W']]
        'a text that is no number'            | 'attr/p1/t'      | '21.5 C'        || []
        'an empty payload'                    | 'attr/p1/t'      | ''              || []
        'a field the map does not name'       | 'attr/p1/x'      | '1'             || []
        'no field named by the topic'         | 'attr/p1'        | '21.5'          || []
        'a JSON object: its own fields'       | 'attr/p1/t'      | '{"power": 7}'  || [['pdu.outlet.power', '0', 7d, null, 'W']]
        'a JSON array: nothing'               | 'attr/p1/t'      | '[21.5]'        || []
    }

    def "a property's own topic is read as its state topic's: source #source (#how)"() {
        given:
        def yaml = ATTRIBUTES.replace('source: levels[1]', "source: '${sourceExpression}'").replace('plain: levels[2]', 'plain: levels[-1]')
        def engine = new DialectEngine([DialectLoader.parse('attributes.yaml', yaml)], DialectLimits.defaults())

        when:
        def r = engine.evaluate(topic, payload.bytes, RECEIVED) as DialectResult.Taken

        then:
        r.source() == source
        r.readings()*.metric() == metrics

        where:
        how                              | sourceExpression                                              | topic            | payload         || source | metrics
        'kept per topic'                 | '$substringAfter(topic, "attr/")'                             | 'attr/a/b/t'     | '21.5'          || 'a/b'  | ['env.temperature']
        'evaluated a message'            | '$substringAfter(topic, "attr/") & (text = "x" ? "!" : "")'   | 'attr/a/b/t'     | '21.5'          || 'a/b'  | ['env.temperature']
        'a JSON state on the name'       | '$substringAfter(topic, "attr/")'                             | 'attr/a/b'       | '{"t": 21.5}'   || 'a/b'  | ['env.temperature']
        'a field the map does not name'  | '$substringAfter(topic, "attr/")'                             | 'attr/a/b/x'     | '1'             || 'a/b'  | []
    }

    def "a plain field named by what is more than the topic is refused"() {
        when:
        DialectLoader.parse('attributes.yaml', ATTRIBUTES.replace('plain: levels[2]', 'plain: payload.name'))

        then:
        def e = thrown(DialectException)
        e.line() == 5
        e.reason().contains('fields plain: may read only topic and levels')
    }

    def "a dialect of a fields table alone loads (no readings or events needed)"() {
        expect:
        DialectLoader.parse('acme.yaml', ACME).fields().fields()*.name() == ['t', 'on', 'door']
    }
}
