package vn.dcim.mqtt.dialect

import spock.lang.Specification

import java.time.Instant

/**
 * The dialect path's shortcuts (issue 33 §5) give what the slow forms gave: one combined JSONata
 * expression a dialect instead of four, the metric name checked without a regular expression, device
 * times read by an RFC 3339 parser before ISO-8601's.
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
}
