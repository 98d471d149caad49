package vn.dcim.mqtt.dialect

import spock.lang.Specification

import java.time.Instant

/**
 * What a discovery config taught follows the config: sent again it replaces what it taught (a re-paired device),
 * empty it withdraws it, one config may teach several entities (a device's components), a wildcard state topic is
 * followed only when it cannot take everything, and discovery takes a topic from ESPHome's naming only.
 */
class LearnedTopicsSpec extends Specification {
    DialectEngine engine = DialectEngine.shipped()

    def "a config sent again with another state topic leaves the old topic, an empty one leaves none"() {
        when:
        learn('homeassistant/sensor/p1/config', '{"dev_cla": "temperature", "unit_of_meas": "°C", "stat_t": "a/one", "dev": {"ids": "p1"}}')
        learn('homeassistant/sensor/p1/config', '{"dev_cla": "temperature", "unit_of_meas": "°C", "stat_t": "a/two", "dev": {"ids": "p1"}}')

        then:
        engine.evaluate('a/one', '20'.bytes, Instant.EPOCH) instanceof DialectResult.Untaken
        (engine.evaluate('a/two', '20'.bytes, Instant.EPOCH) as DialectResult.Taken).readings()*.value() == [20d]
        engine.learnedTopics() == 1

        when:
        learn('homeassistant/sensor/p1/config', '')

        then:
        engine.evaluate('a/two', '20'.bytes, Instant.EPOCH) instanceof DialectResult.Untaken
        engine.learnedTopics() == 0
    }

    def "withdrawing one entity of a shared state topic keeps the others"() {
        given:
        learn('homeassistant/sensor/env/t/config', '{"dev_cla": "temperature", "unit_of_meas": "°C", "stat_t": "env/s", "val_tpl": "{{ value_json.t }}", "dev": {"ids": "env"}}')
        learn('homeassistant/sensor/env/h/config', '{"dev_cla": "humidity", "unit_of_meas": "%", "stat_t": "env/s", "val_tpl": "{{ value_json.h }}", "dev": {"ids": "env"}}')

        when:
        learn('homeassistant/sensor/env/h/config', '')
        def r = engine.evaluate('env/s', '{"t": 21, "h": 50}'.bytes, Instant.EPOCH) as DialectResult.Taken

        then:
        r.readings()*.metric() == ['env.temperature']
    }

    def "a device config teaches one entry per component; a component sent with only its platform is dropped"() {
        when:
        learn('homeassistant/device/d1/config', '{"dev": {"ids": "d1"}, "stat_t": "d1/s", "cmps": {' +
                '"t": {"p": "sensor", "dev_cla": "temperature", "unit_of_meas": "°C", "val_tpl": "{{ value_json.t }}"},' +
                '"v": {"p": "sensor", "dev_cla": "voltage", "unit_of_meas": "mV", "val_tpl": "{{ value_json.v }}"}}}')

        then:
        read('d1/s', '{"t": 21, "v": 3300}') == [['env.temperature', 't', 21d, '°C'], ['pdu.outlet.voltage', 'v', 3.3d, 'V']] as Set

        when:
        learn('homeassistant/device/d1/config', '{"dev": {"ids": "d1"}, "stat_t": "d1/s", "cmps": {' +
                '"t": {"p": "sensor", "dev_cla": "temperature", "unit_of_meas": "°C", "val_tpl": "{{ value_json.t }}"}, "v": {"p": "sensor"}}}')

        then:
        read('d1/s', '{"t": 21, "v": 3300}') == [['env.temperature', 't', 21d, '°C']] as Set
    }

    def "a device config with a malformed component (#bad) still teaches its other components"() {
        when:
        learn('homeassistant/device/d2/config', '{"dev": {"ids": "d2"}, "stat_t": "d2/s", "cmps": {"bad": ' + bad + ', ' +
                '"t": {"p": "sensor", "dev_cla": "temperature", "unit_of_meas": "°C", "val_tpl": "{{ value_json.t }}"}}}')

        then:
        read('d2/s', '{"t": 21}') == [['env.temperature', 't', 21d, '°C']] as Set

        where:
        bad << ['5', '"sensor"', '[1, 2]', '{"p": "sensor", "dev_cla": {"x": 1}, "unit_of_meas": [1]}', 'null']
    }

    def "under the discovery prefix #prefix, #what is #outcome"() {
        expect:
        engine.evaluate(topic, payload.bytes, Instant.EPOCH).getClass().simpleName == outcome

        where:
        prefix          | what                                        | topic                                  | payload                                              || outcome
        'ha'            | 'a sensor config'                           | 'ha/sensor/n1/t/config'                | '{"dev_cla": "temperature", "stat_t": "n1/t"}'       || 'Learned'
        'hass'          | 'a device config'                           | 'hass/device/d9/config'                | '{"cmps": {"t": {"p": "sensor"}}, "stat_t": "d9/s"}' || 'Learned'
        'plant'         | 'a JSON of another shape'                   | 'plant/line1/plc/config'               | '{"mode": "auto"}'                                   || 'Untaken'
        'myapp'         | 'a text'                                    | 'myapp/settings/ui/config'             | 'dark'                                               || 'Untaken'
        'ha'            | 'a component Home Assistant does not have'  | 'ha/widget/n1/config'                  | '{"state_topic": "n1/w"}'                            || 'Untaken'
        'homeassistant' | 'an empty config (a withdrawal)'            | 'homeassistant/sensor/n1/t/config'     | ''                                                   || 'Learned'
    }

    def "an empty message on another prefix withdraws what its topic taught, and is no description before"() {
        given:
        learn('ha/sensor/n2/t/config', '{"dev_cla": "temperature", "unit_of_meas": "°C", "stat_t": "n2/t", "dev": {"ids": "n2"}}')

        expect:
        read('n2/t', '21') == [['env.temperature', 't', 21d, '°C']] as Set

        when:
        def withdrawn = engine.evaluate('ha/sensor/n2/t/config', new byte[0], Instant.EPOCH)

        then:
        withdrawn instanceof DialectResult.Learned
        engine.evaluate('n2/t', '21'.bytes, Instant.EPOCH) instanceof DialectResult.Untaken
        engine.evaluate('ha/sensor/n3/t/config', new byte[0], Instant.EPOCH) instanceof DialectResult.Untaken
    }

    def "a wildcard state topic #filter is #what"() {
        when:
        learn('homeassistant/sensor/w/config', '{"dev_cla": "temperature", "unit_of_meas": "°C", "stat_t": "' + filter + '", "dev": {"ids": "w"}}')

        then:
        (engine.evaluate(topic, '21'.bytes, Instant.EPOCH) instanceof DialectResult.Taken) == taken

        where:
        filter                      | topic                          || taken | what
        '+/+/BTtoMQTT/A4C138AABBCC' | 'home/gw/BTtoMQTT/A4C138AABBCC' || true  | 'followed'
        'home/+/ble/#'              | 'home/gw/ble/x/y'               || true  | 'followed'
        '#'                         | 'any/topic'                     || false | 'refused: it would take everything'
        '+/+'                       | 'a/b'                           || false | 'refused: no named level'
        '+/#'                       | 'a/b/c'                         || false | 'refused: no named level'
        'home/#'                    | 'home/x'                        || false | 'refused: one named level'
        '$SYS/+/x'                  | '$SYS/a/x'                      || false | 'refused: a broker topic'
        '$SYS/broker/uptime'        | '$SYS/broker/uptime'            || false | 'refused: a broker topic'
    }

    def "ESPHome's discovery takes its state topic from the esphome dialect (its unit wins), another dialect keeps its topics"() {
        expect: 'before discovery, the name says °C'
        engine.evaluate('node1/sensor/inlet_temperature/state', '71.6'.bytes, Instant.EPOCH).dialect() == 'esphome'

        when:
        learn('homeassistant/sensor/node1/inlet_temperature/config', '{"dev_cla": "temperature", "unit_of_meas": "°F", ' +
                '"stat_t": "node1/sensor/inlet_temperature/state", "dev": {"ids": "a4cf12b3c4d5", "sw": "2024.6.1 (config hash 0x1a2b3c4d)"}}')
        learn('homeassistant/sensor/z2m/t/config', '{"dev_cla": "temperature", "unit_of_meas": "°C", ' +
                '"stat_t": "zigbee2mqtt/rack_a1", "val_tpl": "{{ value_json.temperature }}", "dev": {"ids": "zigbee2mqtt_0x1"}}')
        def esp = engine.evaluate('node1/sensor/inlet_temperature/state', '71.6'.bytes, Instant.EPOCH) as DialectResult.Taken
        def z2m = engine.evaluate('zigbee2mqtt/rack_a1', '{"temperature": 21}'.bytes, Instant.EPOCH) as DialectResult.Taken

        then:
        esp.dialect() == 'home-assistant'
        esp.source() == 'node1'
        Math.abs(esp.readings()[0].value() - 22d) < 1e-9
        z2m.dialect() == 'zigbee2mqtt'
    }

    def "learning is bounded: a flood of wildcard configs keeps at most 1000 filters"() {
        when:
        (1..1100).each { learn("homeassistant/sensor/f$it/config", '{"stat_t": "home/+/f' + it + '", "dev": {"ids": "f"}}') }

        then:
        engine.learnedTopics() == 1000
        engine.learnedDropped() == 100
    }

    def "a device config of 100 components is learned whole (JSONata's own depth count drifted on loops)"() {
        given:
        def components = (1..100).collect { '"c' + it + '": {"p": "sensor", "dev_cla": "power", "unit_of_meas": "kW", "stat_t": "big/c' + it + '"}' }.join(', ')

        when:
        def r = engine.evaluate('homeassistant/device/big/config', ('{"dev": {"ids": "big"}, "avty": [{"t": "big/a"}, {"t": "big/b"}], "cmps": {' + components + '}}').bytes, Instant.EPOCH)

        then:
        r instanceof DialectResult.Learned
        engine.learnedTopics() == 102
        read('big/c77', '1.5') == [['pdu.outlet.power', 'c77', 1500d, 'W']] as Set
    }

    def "a discovery message teaching more than 500 topics is refused and counted; what it taught before stays"() {
        given: 'a dialect whose config lists topics'
        def lister = DialectLoader.parse('lister.yaml', """\
            dialect: lister
            learn:
              topics: [lister/+/config]
              expression: 'payload.topics.{"topic": \$, "source": "l"}'
            source: learned.source
            readings: '{"metric": "x.value", "value": \$number(text)}'
            """.stripIndent())
        def engine = new DialectEngine([lister], DialectLimits.defaults())
        engine.evaluate('lister/a/config', '{"topics": ["l/1"]}'.bytes, Instant.EPOCH)

        when:
        def r = engine.evaluate('lister/a/config', ('{"topics": [' + (1..501).collect { '"l/' + it + '"' }.join(',') + ']}').bytes, Instant.EPOCH)

        then:
        (r as DialectResult.Refused).reason() == DialectResult.Refusal.too_many_outputs
        engine.refusals()[DialectResult.Refusal.too_many_outputs] == 1L
        engine.learnedTopics() == 1
        engine.evaluate('l/1', '2'.bytes, Instant.EPOCH) instanceof DialectResult.Taken
    }

    def "descriptions sent on one topic, each entry in its own scope, add up; naming a scope again replaces that scope only"() {
        given: 'a dialect learning what each component of a device reads as from answers all sent on one caller topic'
        def answers = DialectLoader.parse('answers.yaml', """\
            dialect: answers
            topics: [dev/+/data]
            learn:
              topics: [caller/rpc]
              expression: 'payload.kinds.{"topic": "dev/" & \$\$.payload.src & "/data", "source": \$\$.payload.src, "scope": \$\$.payload.src & "/" & key, key: kind}'
            source: levels[1]
            readings: '\$keys(payload).{"metric": \$lookup(\$\$.learned, \$), "instance": \$, "value": \$lookup(\$\$.payload, \$)}'
            """.stripIndent())
        def engine = new DialectEngine([answers], DialectLimits.defaults())
        def answer = { String body -> engine.evaluate('caller/rpc', body.bytes, Instant.EPOCH) }
        def read = { String device, String data ->
            (engine.evaluate("dev/$device/data", data.bytes, Instant.EPOCH) as DialectResult.Taken).readings().collect { [it.metric(), it.instance()] } as Set
        }

        when: 'two devices answer on the caller topic, one of them twice, then an answer teaches nothing'
        answer('{"src": "g1", "kinds": [{"key": "s1", "kind": "env.temperature"}]}')
        answer('{"src": "g2", "kinds": [{"key": "s1", "kind": "env.humidity"}]}')
        answer('{"src": "g1", "kinds": [{"key": "s2", "kind": "env.humidity"}]}')
        answer('{"src": "g1", "kinds": []}')

        then: 'each device reads every component it was told of'
        read('g1', '{"s1": 20, "s2": 50}') == [['env.temperature', 's1'], ['env.humidity', 's2']] as Set
        read('g2', '{"s1": 40}') == [['env.humidity', 's1']] as Set

        when: 'a device names a component again with another kind'
        answer('{"src": "g1", "kinds": [{"key": "s1", "kind": "env.pressure"}]}')

        then:
        read('g1', '{"s1": 1000, "s2": 50}') == [['env.pressure', 's1'], ['env.humidity', 's2']] as Set
    }

    def "a learn topic that is also read sees what its answers taught about it: a later answer there is read by it"() {
        given: 'devices answering on one caller topic: a configuration names what each sensor measures, a status its value'
        def caller = DialectLoader.parse('caller.yaml', """\
            dialect: caller
            topics: [caller/rpc]
            learn:
              topics: [caller/rpc]
              read: true
              expression: 'payload.kinds.{"topic": \$\$.topic, "scope": \$\$.payload.src & "/" & key, \$\$.payload.src & "/" & key: kind}'
            source: payload.src
            readings: '\$keys(payload.values).{"metric": \$lookup(\$\$.learned, \$\$.payload.src & "/" & \$), "instance": \$, "value": \$lookup(\$\$.payload.values, \$)}'
            """.stripIndent())
        def engine = new DialectEngine([caller], DialectLimits.defaults())
        def answer = { String body -> engine.evaluate('caller/rpc', body.bytes, Instant.EPOCH) }

        when: 'two devices tell their sensors, then one answers with values'
        answer('{"src": "g1", "kinds": [{"key": "s1", "kind": "env.temperature"}]}')
        answer('{"src": "g2", "kinds": [{"key": "s1", "kind": "env.humidity"}]}')
        def r = answer('{"src": "g1", "kinds": [], "values": {"s1": 21.5}}') as DialectResult.Taken

        then: 'its value is read as its own configuration said, not as the other device\'s sensor of the same id'
        r.readings().collect { [it.metric(), it.instance(), it.value()] } == [['env.temperature', 's1', 21.5d]]
    }

    private void learn(String topic, String payload) {
        assert engine.evaluate(topic, payload.bytes, Instant.EPOCH) instanceof DialectResult.Learned
    }

    private Set<List> read(String topic, String payload) {
        def r = engine.evaluate(topic, payload.bytes, Instant.EPOCH) as DialectResult.Taken
        r.readings().collect { [it.metric(), it.instance(), it.value(), it.unit()] } as Set
    }
}
