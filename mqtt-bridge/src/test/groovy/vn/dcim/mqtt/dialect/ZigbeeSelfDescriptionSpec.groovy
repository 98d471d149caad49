package vn.dcim.mqtt.dialect

import groovy.json.JsonOutput
import spock.lang.Specification

import java.time.Instant

/**
 * Zigbee2MQTT's bridge describes every device it knows (zigbee2mqtt/bridge/devices, retained): the
 * zigbee2mqtt dialect learns each device's exposed properties and units from it, for models nobody wrote
 * down; a description replaces the one before; what is taught is bounded (docs/dialects.md,
 * "How a self-description teaches").
 */
class ZigbeeSelfDescriptionSpec extends Specification {
    static final Instant RECEIVED = Instant.parse('2026-11-27T10:00:00Z')

    static Map device(String name, List exposes) {
        [ieee_address: '0x00158d000' + Math.abs(name.hashCode()), type: 'EndDevice', friendly_name: name, supported: true,
         definition: [model: 'X1', vendor: 'Acme', description: 'a model nobody wrote down', exposes: exposes]]
    }

    static Map numeric(String property, String unit) {
        [type: 'numeric', name: property, property: property, access: 1, unit: unit, description: 'measured ' + property]
    }

    static List<List> readings(DialectEngine engine, String topic, Map payload) {
        def r = engine.evaluate(topic, JsonOutput.toJson(payload).bytes, RECEIVED)
        assert r instanceof DialectResult.Taken
        (r as DialectResult.Taken).readings().collect { [it.metric(), it.instance(), it.value(), it.unit()] }
    }

    static DialectResult describe(DialectEngine engine, List devices) {
        engine.evaluate('zigbee2mqtt/bridge/devices', JsonOutput.toJson(devices).bytes, RECEIVED)
    }

    def "a description heard after the data applies from then on: the device's own unit and its unknown property"() {
        given:
        def engine = DialectEngine.shipped()
        def state = [formaldehyd: 5, ph: 7.2]

        expect: 'before: the table only, in the unit Zigbee2MQTT documents for formaldehyd'
        readings(engine, 'zigbee2mqtt/lab/air', state) == [['env.formaldehyde', '0', 5d, 'mg/m³']]

        when:
        def learned = describe(engine, [device('lab/air', [numeric('formaldehyd', 'µg/m³'), numeric('ph', 'pH')])])

        then: 'taught, no topic to subscribe to (the dialect listens to zigbee2mqtt/# already)'
        learned instanceof DialectResult.Learned
        (learned as DialectResult.Learned).topics() == ['zigbee2mqtt/lab/air']
        engine.learnedTopics() == 0
        engine.taughtTopics() == 1

        and: 'after: µg/m³ turned into the metric\'s mg/m³, ph under zigbee.ph with the device\'s unit'
        readings(engine, 'zigbee2mqtt/lab/air', state) == [['env.formaldehyde', '0', 0.005d, 'mg/m³'], ['zigbee.ph', '0', 7.2d, 'pH']]
    }

    def "a changed description replaces the old one: a renamed device is taught under its new name only"() {
        given:
        def engine = DialectEngine.shipped()
        describe(engine, [device('old_name', [numeric('ph', 'pH')])])

        when:
        describe(engine, [device('new_name', [numeric('ph', 'pH')])])

        then:
        readings(engine, 'zigbee2mqtt/new_name', [ph: 7]) == [['zigbee.ph', '0', 7d, 'pH']]
        readings(engine, 'zigbee2mqtt/old_name', [ph: 7]) == []
        engine.taughtTopics() == 1
    }

    def "what is taught is capped: #devices devices described, #kept kept, the rest counted"() {
        given:
        def limits = DialectLimits.defaults()
        def engine = new DialectEngine(DialectLoader.shipped(), new DialectLimits(limits.maxPayloadBytes(), limits.maxJsonDepth(),
                limits.evaluationMs(), limits.maxExpressionDepth(), limits.maxOutputs(), 5))

        when:
        describe(engine, (1..devices).collect { device("d$it", [numeric('ph', 'pH')]) })

        then:
        engine.taughtTopics() == kept
        engine.learnedDropped() == devices - kept

        where:
        devices || kept
        3       || 3
        20      || 5
    }

    def "a device exposing #count properties is taught its first 256"() {
        given:
        def engine = DialectEngine.shipped()
        describe(engine, [device('many', (1..count).collect { numeric("p$it", 'V') })])

        expect:
        readings(engine, 'zigbee2mqtt/many', (1..count).collectEntries { ["p$it", 1] }).size() == Math.min(count, 256)

        where:
        count << [10, 400]
    }

    def "a unit longer than a reading's unit column is left out, the reading kept"() {
        given:
        def engine = DialectEngine.shipped()
        describe(engine, [device('d', [numeric('ph', 'x' * 21), numeric('orp', 'mV')])])

        expect:
        readings(engine, 'zigbee2mqtt/d', [ph: 7, orp: 640]) == [['zigbee.ph', '0', 7d, null], ['zigbee.orp', '0', 640d, 'mV']]
    }

    def "a whole network's description (#devices devices, #kib KiB) is read beyond the 64 KiB a state may have, within #ms ms"() {
        given:
        def engine = DialectEngine.shipped()
        def exposes = [[type: 'switch', features: [[type: 'binary', name: 'state', property: 'state', access: 7, value_on: 'ON', value_off: 'OFF',
                                                   description: 'On/off state of the switch']]]] +
                ['power', 'current', 'voltage', 'energy', 'linkquality'].collect { numeric(it, 'W') } +
                [[type: 'enum', name: 'power_outage_memory', property: 'power_outage_memory', access: 7, values: ['on', 'off', 'restore'],
                  category: 'config', description: 'Recover state after power outage' * 4]]
        def payload = JsonOutput.toJson((1..devices).collect { device("plug_$it", exposes) })

        when:
        def started = System.nanoTime()
        def r = engine.evaluate('zigbee2mqtt/bridge/devices', payload.bytes, RECEIVED)
        def took = (System.nanoTime() - started) / 1e6

        then:
        payload.length() > 64 * 1024
        r instanceof DialectResult.Learned
        engine.taughtTopics() == devices
        took < ms
        println "bridge/devices of $devices devices, ${payload.length() >> 10} KiB: learned in ${took as long} ms"

        where:
        devices | kib | ms
        300     | 300 | 2000
    }

    def "a description beyond 16 times the payload limit is refused, a state beyond the limit too"() {
        given:
        def engine = DialectEngine.shipped()
        def big = '[' + (['{"friendly_name":"x"}'] * 60_000).join(',') + ']'

        expect:
        big.length() > 16 * 64 * 1024
        (engine.evaluate('zigbee2mqtt/bridge/devices', big.bytes, RECEIVED) as DialectResult.Refused).reason() == DialectResult.Refusal.too_large
        (engine.evaluate('zigbee2mqtt/plug', ('{"power":1,"x":"' + 'a' * 70_000 + '"}').bytes, RECEIVED) as DialectResult.Refused).reason() == DialectResult.Refusal.too_large
    }

    def "a hostile description (#what) teaches nothing wrong and throws nothing"() {
        given:
        def engine = DialectEngine.shipped()

        when:
        def r = engine.evaluate('zigbee2mqtt/bridge/devices', payload.bytes, RECEIVED)

        then:
        r instanceof DialectResult.Learned || r instanceof DialectResult.Refused
        readings(engine, 'zigbee2mqtt/d', [power: 5, ph: 1]) == [['pdu.outlet.power', '0', 5d, 'W']] + (phTaught ? [['zigbee.ph', '0', 1d, null]] : [])

        where:
        what                                  | payload                                                                                                         || phTaught
        'not a list'                          | '{"friendly_name": "d"}'                                                                                        || false
        'a list of strings'                   | '["d", 1, null, true]'                                                                                          || false
        'exposes not a list'                  | '[{"friendly_name": "d", "definition": {"exposes": "ph"}}]'                                                     || false
        'an expose of strings'                | '[{"friendly_name": "d", "definition": {"exposes": [{"type": "numeric", "property": 7, "name": ["ph"]}]}}]'     || false
        'access not a number: as without one' | '[{"friendly_name": "d", "definition": {"exposes": [{"type": "numeric", "property": "ph", "access": "all"}]}}]' || true
        'a setting (access 7)'                | '[{"friendly_name": "d", "definition": {"exposes": [{"type": "numeric", "property": "ph", "access": 7}]}}]'     || false
        'not in the state (access 2)'         | '[{"friendly_name": "d", "definition": {"exposes": [{"type": "numeric", "property": "ph", "access": 2}]}}]'     || false
        'a config category'                   | '[{"friendly_name": "d", "definition": {"exposes": [{"type": "numeric", "property": "ph", "access": 1, "category": "config"}]}}]' || false
        'features nested deep'                | '[{"friendly_name": "d", "definition": {"exposes": [' + '{"type": "composite", "features": [' * 14 + ']}' * 14 + ']}}]' || false
        'nested beyond the JSON cap'          | '[{"friendly_name": "d", "definition": {"exposes": [' + '{"features": [' * 40 + ']}' * 40 + ']}}]'             || false
        'a name too long for a metric'        | '[{"friendly_name": "d", "definition": {"exposes": [{"type": "numeric", "property": "ph", "name": "' + 'p' * 61 + '"}]}}]' || false
        'the coordinator only'                | '[{"friendly_name": "Coordinator", "type": "Coordinator", "definition": null}]'                                 || false
    }
}
