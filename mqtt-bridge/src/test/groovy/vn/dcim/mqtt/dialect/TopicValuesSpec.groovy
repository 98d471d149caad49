package vn.dcim.mqtt.dialect

import spock.lang.Specification

import java.time.Instant

/**
 * A dialect's parts that depend only on the topic are kept per topic: which expressions
 * count as topic-only (a conservative check: a doubt evaluates a message as before), the memory bounded
 * under a flood of random topics, and what it gives equal to the expression evaluated on the message.
 */
class TopicValuesSpec extends Specification {

    def "#expression is topic-only: #topicOnly"() {
        expect:
        TopicValues.isTopicOnly(Expression.compile('x.yaml', 1, expression)) == topicOnly

        where:
        expression                                                                   || topicOnly
        'levels[1]'                                                                  || true
        '$replace($substringAfter(topic, "zigbee2mqtt/"), /\\/availability$/, "")'   || true
        'levels[-1] != "set" and $join(levels, "$")'                                 || true
        '$count(levels) / 2'                                                         || true
        'payload.id'                                                                 || false
        'text'                                                                       || false
        'learned.source'                                                             || true
        'levels[1] & "-text"'                                                        || false
        '$lookup($, "pay" & "load")'                                                 || false
        '$$.levels[0]'                                                               || false
        '$keys($)'                                                                   || false
        '$string()'                                                                  || false
        '$each(function($v, $k) { $k })'                                             || false
        '$sift(function($v) { true })'                                               || false
        '*.id'                                                                       || false
        '**.id'                                                                      || false
        'levels.%.topic'                                                             || false
        '$eval("pay" & "load")'                                                      || false
        '$count(levels) * 2'                                                         || false
    }

    static final String ACME = '''\
dialect: acme
topics: [acme/#]
accept: levels[1] != "skip"
source: $join(levels[[1..3]], "-")
readings: '{"metric": "x.value", "value": payload.v}'
'''

    def "a flood of random topics keeps at most the cap, and every source equals the expression's on the message"() {
        given:
        def d = DialectLoader.parse('acme.yaml', ACME)
        def limits = new DialectLimits(64 * 1024, 32, 250, 200, 500, 100)
        def engine = new DialectEngine([d], limits)
        def random = new Random(33)

        when:
        def mismatches = (1..2_000).findAll {
            String topic = "acme/${random.nextInt(1_000)}/${random.nextInt(3)}/x" + (it % 7 == 0 ? '' : '/y')
            def r = engine.evaluate(topic, '{"v": 1}'.bytes, Instant.EPOCH) as DialectResult.Taken
            def message = [topic: topic, levels: topic.split('/') as List, payload: [v: 1], text: '{"v": 1}']
            r.source() != d.source().evaluate(message, limits)
        }

        then:
        mismatches == []
        engine.topicsKept('acme') > 0
        engine.topicsKept('acme') <= 100
    }

    def "a topic-only accept is kept per topic and still declines"() {
        given:
        def engine = new DialectEngine([DialectLoader.parse('acme.yaml', ACME)], DialectLimits.defaults())

        expect:
        engine.evaluate('acme/skip/1/2', '{"v": 1}'.bytes, Instant.EPOCH) instanceof DialectResult.Untaken
        engine.evaluate('acme/skip/1/2', '{"v": 1}'.bytes, Instant.EPOCH).toString().contains('acme: not its message')
        engine.evaluate('acme/p/1/2', '{"v": 1}'.bytes, Instant.EPOCH) instanceof DialectResult.Taken
        engine.topicsKept('acme') == 2
    }

    def "an HTTP dialect keeps nothing per topic (its expressions read the path and query)"() {
        given:
        def engine = new DialectEngine(DialectLoader.shipped(), DialectLimits.defaults())

        expect:
        engine.evaluateHttp('zkteco-push', '/iclock/cdata', 'SN=A1&table=OPERLOG', 'text/plain', 'OPLOG 0\t0\t2024-05-02 10:15:30\t0\t0\t0\t0'.bytes, Instant.EPOCH) != null
        engine.topicsKept('zkteco-push') == 0
    }
}
