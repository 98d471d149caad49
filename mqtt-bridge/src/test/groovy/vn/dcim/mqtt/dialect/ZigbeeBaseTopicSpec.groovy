package vn.dcim.mqtt.dialect

import groovy.json.JsonOutput
import spock.lang.Specification

import java.time.Instant

/**
 * Zigbee2MQTT under a base topic the user chose (mqtt.base_topic): the bridge's own retained state, info or
 * devices teach the zigbee2mqtt dialect the base, subscribed once as {@code <base>/#}; its devices are read as on
 * the default base, the bridge's other topics stay unread (docs/dialects.md, the zigbee2mqtt row).
 */
class ZigbeeBaseTopicSpec extends Specification {
    static final Instant RECEIVED = Instant.parse('2026-11-27T10:00:00Z')

    static DialectResult send(DialectEngine engine, String topic, Object payload) {
        engine.evaluate(topic, (payload instanceof String ? payload : JsonOutput.toJson(payload)).bytes, RECEIVED)
    }

    static Map device(String name) {
        [ieee_address: '0x00158d0001a2b3c4', type: 'Router', friendly_name: name, supported: true,
         definition: [model: 'X1', vendor: 'Acme', exposes: [[type: 'numeric', name: 'energy', property: 'energy', access: 1, unit: 'Wh']]]]
    }

    def "the base is learned from the bridge's #what: its devices are read, <base>/# subscribed once"() {
        given:
        def engine = DialectEngine.shipped()

        expect: 'before, nothing listens there'
        send(engine, base + '/rack_plug', [power: 87.5]) instanceof DialectResult.Untaken

        when:
        def learned = send(engine, base + '/bridge/' + what, payload)
        def state = send(engine, base + '/rack_plug', [power: 87.5])

        then:
        learned instanceof DialectResult.Learned
        state instanceof DialectResult.Taken
        (state as DialectResult.Taken).source() == 'rack_plug'
        (state as DialectResult.Taken).readings()*.metric() == ['pdu.outlet.power']
        engine.topicFilters().count { it == base + '/#' } == 1

        where:
        what      | base               | payload
        'state'   | 'z2m'              | 'online'
        'state'   | 'zigbee'           | [state: 'online']
        'info'    | 'home/zigbee2mqtt' | [version: '1.35.3', commit: 'a8bb1ba', coordinator: [type: 'zStack3x0'], config: [mqtt: [base_topic: 'home/zigbee2mqtt']]]
        'devices' | 'dc1/hall2/z2m'    | [[ieee_address: '0x00124b0000000001', type: 'Coordinator', friendly_name: 'Coordinator']]
    }

    def "a description under a learned base teaches its devices' units without subscribing to each device"() {
        given:
        def engine = DialectEngine.shipped()

        when:
        send(engine, 'z2m/bridge/devices', [device('din_meter')])

        then: 'the device is read through <base>/#, its energy exposed in Wh stored in kWh'
        engine.topicFilters().findAll { it.startsWith('z2m/') } == ['z2m/#']
        (send(engine, 'z2m/din_meter', [energy: 125400]) as DialectResult.Taken).readings()
                .collect { [it.metric(), it.value(), it.unit()] } == [['pdu.outlet.energy', 125.4d, 'kWh']]
    }

    def "the bridge's own topics under a learned base are left unread, even one beyond the payload limit"() {
        given:
        def engine = DialectEngine.shipped()
        send(engine, 'z2m/bridge/state', [state: 'online'])
        def definitions = '{"clusters": "' + ('x' * 100_000) + '"}'

        when:
        def r = send(engine, 'z2m/bridge/' + topic, topic == 'definitions' ? definitions : [level: 'info', message: 'started'])

        then:
        r instanceof DialectResult.Untaken
        (r as DialectResult.Untaken).ignored()
        engine.refusals().values().sum() == 0

        where:
        topic << ['definitions', 'logging', 'groups', 'response/permit_join']
    }

    def "another program's #what of another shape teaches nothing; the default base's bridge state stays unread"() {
        given:
        def engine = DialectEngine.shipped()

        when:
        send(engine, 'other/bridge/' + what, payload)

        then:
        send(engine, 'other/thing', [temperature: 30]) instanceof DialectResult.Untaken
        engine.learnedTopics() == 0
        (send(engine, 'zigbee2mqtt/bridge/state', [state: 'online']) as DialectResult.Untaken).ignored()

        where:
        what      | payload
        'state'   | [connected: true]
        'state'   | 'running'
        'info'    | [version: 3]
        'devices' | [[name: 'lamp']]
    }

    def "a one-level wildcard is followed only when the description was published under it: #filter from #from"() {
        expect:
        DialectEngine.safeWildcard(filter, from.split('/') as List) == safe

        where:
        filter                 | from                               || safe
        'z2m/#'                | 'z2m/bridge/info'                  || true
        'home/zigbee2mqtt/#'   | 'home/zigbee2mqtt/bridge/state'    || true
        'home/#'               | 'homeassistant/sensor/w/config'    || false
        'z2m/#'                | 'zigbee/bridge/state'              || false
        '+/#'                  | 'z2m/bridge/state'                 || false
        '#'                    | 'z2m/bridge/state'                 || false
    }

    def "a BLE device announced by Home Assistant discovery is read by its config, another one by openmqttgateway"() {
        given:
        def engine = DialectEngine.shipped()
        send(engine, 'homeassistant/sensor/A4C138AABBCC-tempc/config', [stat_t: '+/+/BTtoMQTT/A4C138AABBCC', dev_cla: 'temperature',
                unit_of_meas: '°C', val_tpl: '{{ value_json.tempc | is_defined }}', uniq_id: 'A4C138AABBCC-tempc', dev: [ids: ['A4C138AABBCC']]])

        expect:
        (send(engine, 'home/OMG_ESP32/BTtoMQTT/A4C138AABBCC', [id: 'A4:C1:38:AA:BB:CC', tempc: 22.4]) as DialectResult.Taken).dialect() == 'home-assistant'
        (send(engine, 'home/OMG_ESP32/BTtoMQTT/A4C138DDEEFF', [id: 'A4:C1:38:DD:EE:FF', tempc: 21]) as DialectResult.Taken).dialect() == 'openmqttgateway'
    }
}
