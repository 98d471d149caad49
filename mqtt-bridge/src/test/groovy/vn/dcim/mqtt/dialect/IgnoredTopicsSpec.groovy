package vn.dcim.mqtt.dialect

import spock.lang.Specification

import java.nio.charset.StandardCharsets
import java.time.Instant

/**
 * A dialect's own topics that carry nothing to read (its {@code ignore} filters) are left unread before the payload
 * costs anything, and are no dead letter: Zigbee2MQTT 2.x publishes its converters' definitions (about a megabyte)
 * and every log line under zigbee2mqtt/bridge/, which would otherwise fill the dead letters at every start.
 */
class IgnoredTopicsSpec extends Specification {
    static final Instant RECEIVED = Instant.parse('2026-11-27T10:00:00Z')

    def "#topic with #what is #outcome"() {
        given:
        def engine = DialectEngine.shipped()

        when:
        def r = engine.evaluate(topic, payload.getBytes(StandardCharsets.UTF_8), RECEIVED)

        then:
        r.getClass().simpleName == outcome
        !(r instanceof DialectResult.Untaken) || (r as DialectResult.Untaken).ignored() == quiet

        where:
        topic                            | what                         | payload                                                   || outcome    | quiet
        'zigbee2mqtt/bridge/definitions' | 'a 1 MB retained definition' | '{"clusters":{"x":"' + 'y' * 1_000_000 + '"}}'            || 'Untaken'  | true
        'zigbee2mqtt/bridge/logging'     | 'a log line'                 | '{"level":"info","message":"MQTT publish: topic x"}'      || 'Untaken'  | true
        'zigbee2mqtt/bridge/state'       | 'the bridge online'          | '{"state":"online"}'                                      || 'Untaken'  | true
        'zigbee2mqtt/bridge/devices'     | 'the bridge\'s description'  | '[]'                                                      || 'Learned'  | false
        'zigbee2mqtt/plug_hall'          | 'a plug\'s state'            | '{"power": 12.5, "state": "ON"}'                          || 'Taken'    | false
        'acme/unknown/data'              | 'a topic nobody hears'       | '{"t": 1}'                                                || 'Untaken'  | false
    }

    def "a discovery topic inside a dialect's own filter is not subscribed twice (the broker could deliver it twice)"() {
        when:
        def filters = DialectEngine.shipped().topicFilters()

        then: 'zigbee2mqtt/# holds bridge/devices; the discovery topics no dialect filter holds stay'
        'zigbee2mqtt/#' in filters
        !('zigbee2mqtt/bridge/devices' in filters)
        'tasmota/discovery/+/sensors' in filters
    }

    def "a discovery filter inside another discovery filter is not subscribed twice"() {
        when:
        def filters = DialectEngine.shipped().topicFilters()

        then: "Home Assistant's any-prefix +/+/+/config holds its default prefix's and Tasmota's config topics"
        '+/+/+/config' in filters
        '+/+/+/+/config' in filters
        !('homeassistant/+/+/config' in filters)
        !('homeassistant/+/+/+/config' in filters)
        !('tasmota/discovery/+/config' in filters)
    }

    def "a dialect's ignore filter must be a topic filter"() {
        when:
        DialectLoader.parse('bad.yaml', '''dialect: bad-ignore
topics: [acme/#]
ignore: ['acme/#/x']
source: levels[1]
readings: '{"metric": "env.temperature", "value": payload.t}'
''')

        then:
        def e = thrown(DialectException)
        e.message.contains('bad.yaml')
    }
}
