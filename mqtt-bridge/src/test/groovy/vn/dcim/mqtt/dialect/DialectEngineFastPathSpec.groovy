package vn.dcim.mqtt.dialect

import spock.lang.Specification

import java.time.Instant

/**
 * The dialect path's shortcuts give what the slow forms gave: one combined JSONata
 * expression a dialect instead of four, the parts that depend only on the topic kept per topic, a fields
 * table instead of a JSONata readings expression, the metric name checked without a regular expression,
 * device times read by an RFC 3339 parser before ISO-8601's.
 */
class DialectEngineFastPathSpec extends Specification {
    static final Instant RECEIVED = Instant.parse('2026-11-25T10:00:00Z')

    def "every shipped dialect compiles into one combined expression (else each message pays four evaluations)"() {
        expect:
        DialectLoader.shipped().every { DialectEngine.combine(it) != null }
    }

    def "a combined dialect still declines, refuses and takes as its parts one by one would: #what"() {
        given:
        def engine = new DialectEngine(DialectLoader.shipped() + DialectLoader.parse('acme.yaml', ACME), DialectLimits.defaults())

        when:
        def r = engine.evaluate(topic, payload.bytes, RECEIVED)

        then:
        r.class.simpleName == kind
        r.toString().contains(detail)

        where:
        what                                           | topic            | payload                 || kind       | detail
        'accept declines: the rest is not evaluated'   | 'acme/x/skip'    | '{"t": 1}'              || 'Untaken'  | 'acme: not its message'
        'no source id'                                 | 'acme/x/state'   | '{"t": 1}'              || 'Untaken'  | 'acme: no source id'
        'a type error in readings names readings\' fault' | 'acme/x/state' | '{"id": "p1", "t": "a"}' || 'Refused' | 'reason=expression'
        'variables of one part do not leak into another' | 'acme/x/state'  | '{"id": "p1", "t": 2}'  || 'Taken'    | 'value=4.0, text=null'
    }

    static final String ACME = '''\
dialect: acme
topics: [acme/+/+]
accept: levels[2] != "skip"
source: ($v := payload.id; $v)
readings: |
  ($x := payload.t * 2; {"metric": "x.value", "value": $x, "text": $v})
'''

    def "a metric name is checked as the pattern says: #name"() {
        expect:
        DialectEngine.isMetricName(name) == (name ==~ /[a-z][a-z0-9_]*(\.[a-z0-9_]+)*/)

        where:
        name << ['env.temperature', 'a', 'pdu.outlet.power', 'x_1.y_2.z3', 'Env.temp', '1abc', 'env..t', 'env.', '.env',
                 'env.t-1', '', 'env.T', 'e.9', 'door_state', 'a.b.c.d', 'ê.t']
    }

    def "a device time #ts is #expected"() {
        expect:
        DialectEngine.time(ts, RECEIVED) == expected

        where:
        ts                                   || expected
        '2024-05-02T10:15:30+07:00'          || Instant.parse('2024-05-02T03:15:30Z')
        '2024-05-02T03:15:30.123Z'           || Instant.parse('2024-05-02T03:15:30.123Z')
        '2024-05-02T10:15+07:00'             || Instant.parse('2024-05-02T03:15:00Z')
        '2024-05-02T10:15:30'                || RECEIVED
        'yesterday'                          || RECEIVED
        1700000000                           || Instant.parse('2023-11-14T22:13:20Z')
        1700000000000L                       || Instant.parse('2023-11-14T22:13:20Z')
        null                                 || RECEIVED
    }

    /** zigbee2mqtt.yaml as shipped before its readings became a fields table. */
    static Dialect zigbeeJsonata() {
        DialectLoader.parse('zigbee2mqtt-jsonata.yaml', DialectEngineFastPathSpec.getResource('/dialects-jsonata/zigbee2mqtt.yaml').text)
    }

    /** The readings of the fields the JSONata form read (the table reads more fields since: linkquality, the battery's voltage ...). */
    static final Set<String> JSONATA_METRICS = ['env.temperature', 'env.humidity', 'env.pressure', 'door.state', 'env.leak', 'env.smoke',
                                                'env.occupancy', 'device.tamper', 'device.battery', 'device.battery.low'] as Set

    static DialectResult asJsonataRead(DialectResult r) {
        r instanceof DialectResult.Taken ? new DialectResult.Taken(r.dialect(), r.source(),
                r.readings().findAll { it.metric() in JSONATA_METRICS }, r.events()) : r
    }

    def "zigbee2mqtt's fields table gives what its JSONata readings gave: #payload"() {
        given:
        def table = DialectEngine.shipped()
        def jsonata = new DialectEngine([zigbeeJsonata()], DialectLimits.defaults())

        expect:
        DialectLoader.shipped().find { it.name() == 'zigbee2mqtt' }.readings() == null
        // plain text below a name is attribute output, which the JSONata form did not read: compared on a name without '/'
        def name = payload.startsWith('{') || payload.startsWith('[') ? 'zigbee2mqtt/hall/t1' : 'zigbee2mqtt/t1'
        [name, name + '/availability'].every { topic ->
            asJsonataRead(table.evaluate(topic, payload.bytes, RECEIVED)) == jsonata.evaluate(topic, payload.bytes, RECEIVED)
        }

        where:
        payload << [
                '{"temperature": 23.6, "humidity": 48.3, "pressure": 1003.2, "battery": 100, "linkquality": 134}',
                '{"temperature": -4, "last_seen": "2024-05-02T10:15:30+07:00"}',
                '{"temperature": 21, "last_seen": 1714619730}',
                '{"temperature": 21, "last_seen": 1714619730123}',
                '{"temperature": 21, "last_seen": "recently"}',
                '{"contact": true, "battery_low": false, "tamper": false}',
                '{"contact": false, "water_leak": true, "smoke": false, "occupancy": true, "tamper": true, "battery_low": true}',
                '{"contact": "false", "water_leak": 0, "smoke": 1, "occupancy": "", "tamper": [], "battery_low": [false]}',
                '{"contact": {"a": 1}, "smoke": {}, "occupancy": [1, 2]}',
                '{"temperature": "23.6 °C", "humidity": [48.3], "pressure": {"v": 1}, "battery": true}',
                '{"temperature": false, "humidity": true}',
                '{"state": "online"}',
                '{"state": "online", "temperature": 20}',
                '{"linkquality": 120}',
                '{}',
                '[{"temperature": 21}]',
                '"online"',
                'offline',
                '23.6',
                '{"temperature": 1e400}',
        ]
    }

    def "JSON null: the table gives no reading where the JSONata form's \$exists made one (#field)"() {
        given:
        def payload = /{"$field": null, "temperature": 20}/

        when:
        def table = DialectEngine.shipped().evaluate('zigbee2mqtt/hall/t1', payload.bytes, RECEIVED) as DialectResult.Taken
        def jsonata = new DialectEngine([zigbeeJsonata()], DialectLimits.defaults()).evaluate('zigbee2mqtt/hall/t1', payload.bytes, RECEIVED) as DialectResult.Taken

        then:
        table.readings()*.metric() == ['env.temperature']
        jsonata.readings()*.metric() == ['env.temperature', metric]

        where:
        field         || metric
        'contact'     || 'door.state'
        'water_leak'  || 'env.leak'
        'battery_low' || 'device.battery.low'
    }

    def "a source kept per topic equals the source evaluated on the message, for every shipped vector message"() {
        given:
        def engine = DialectEngine.shipped()
        def dialects = DialectLoader.shipped().findAll { it.http() == null && !it.topics().isEmpty() && it.format() != Dialect.Format.sparkplug }
        def messages = dialects.collectMany { d ->
            DialectEngineFastPathSpec.getResource("/dialects/vectors/${d.name()}.jsonl").readLines()
                    .findAll { it.startsWith('{') && it.contains('"topic"') }
                    .collect { new groovy.json.JsonSlurper().parseText(it) }
                    .findAll { it.expect instanceof List }
                    // a topic only a device's own discovery taught (a custom Tasmota full topic) has no static source
                    .findAll { d.listensTo(it.topic.split('/', -1) as List) }
                    .collect { [d, it.topic, it.payload instanceof String ? it.payload : groovy.json.JsonOutput.toJson(it.payload)] }
        }

        when: 'each message twice: the second source comes from the memory'
        def differing = messages.findAll { d, String topic, String payload ->
            def message = [topic: topic, levels: topic.split('/', -1) as List, text: payload,
                           payload: payload.startsWith('{') && d.format() == Dialect.Format.json ? new groovy.json.JsonSlurper().parseText(payload) : payload]
            // a plain value on <state topic>/<field> (fields plain) has the state topic's source
            def table = d.fields()
            def field = table?.plain() != null && message.payload instanceof String
                    && (table.when() == null || table.when().evaluate(message, DialectLimits.defaults())) ? table.plain().evaluate(message, DialectLimits.defaults()) : null
            def state = field && topic.endsWith('/' + field) ? topic.substring(0, topic.length() - field.length() - 1) : topic
            def expected = d.source().evaluate(message + [topic: state, levels: state.split('/', -1) as List], DialectLimits.defaults())
            (1..2).any {
                def r = engine.evaluate(topic, payload.bytes, RECEIVED)
                !(r instanceof DialectResult.Taken) || r.dialect() != d.name() || r.source() != expected
            }
        }

        then:
        messages.size() >= 40
        differing.collect { it[1] } == []
        dialects.collect { engine.topicsKept(it.name()) }.sum() > 0
    }
}
