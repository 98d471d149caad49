package vn.dcim.mqtt.dialect

import spock.lang.Specification

import java.time.Instant
import java.util.concurrent.atomic.AtomicInteger

/**
 * Hostile payloads are refused and counted while good messages keep flowing: deep JSON,
 * an oversized message, an expression made expensive by its input, garbage protobuf.
 */
class DialectHostileSpec extends Specification {
    static final String GOOD_TOPIC = 'zigbee2mqtt/rack_a1_temp'
    static final byte[] GOOD = '{"temperature": 23.6}'.bytes

    /** A user's dialect whose expression crosses an array with itself three times. */
    static final String CUBIC = '''\
dialect: cubic
topics: [acme/cubic]
source: "'acme'"
readings: |
  $count($$.payload.a.($$.payload.a.($$.payload.a.($$.payload.a)))) > 0 ? {"metric": "x.count", "value": 1}
'''

    DialectEngine engine = new DialectEngine(DialectLoader.shipped() + DialectLoader.parse('cubic.yaml', CUBIC), DialectLimits.defaults())

    def "#what is refused as #reason and counted; the next good message is still taken"() {
        when:
        def refused = engine.evaluate(topic, payload, Instant.EPOCH)
        def good = engine.evaluate(GOOD_TOPIC, GOOD, Instant.EPOCH)

        then:
        refused instanceof DialectResult.Refused
        (refused as DialectResult.Refused).reason() == reason
        engine.refusals()[reason] == 1L

        and:
        good instanceof DialectResult.Taken
        (good as DialectResult.Taken).readings()*.metric == ['env.temperature']

        where:
        what                         | topic                          | payload                                                      || reason
        'JSON nested 5,000 deep'     | GOOD_TOPIC                     | ('{"a":' * 5000 + '1' + '}' * 5000).bytes                    || DialectResult.Refusal.too_deep
        'a 200 KB message'           | GOOD_TOPIC                     | ('{"temperature": 1, "pad": "' + 'x' * 200_000 + '"}').bytes || DialectResult.Refusal.too_large
        'malformed JSON'             | GOOD_TOPIC                     | '{"temperature": 23.6,'.bytes                                || DialectResult.Refusal.not_json
        'an input made expensive'    | 'acme/cubic'                   | ('{"a": [' + (1..2000).join(',') + ']}').bytes              || DialectResult.Refusal.expression
        'garbage protobuf'           | 'spBv1.0/g/NDATA/edge'         | ([0xff, 0xff, 0xff, 0xff, 0x0f, 0, 0, 0xff] as byte[])      || DialectResult.Refusal.bad_protobuf
    }

    def "a huge array within the size limit is read within the time bound"() {
        given: 'twenty thousand elements, under the 64 KiB limit'
        def payload = ('{"temperature": 21.5, "junk": [' + (['0'] * 20_000).join(',') + ']}').bytes

        when:
        long t0 = System.nanoTime()
        def r = engine.evaluate(GOOD_TOPIC, payload, Instant.EPOCH)
        long ms = (System.nanoTime() - t0) / 1_000_000

        then:
        payload.length < engine.limits().maxPayloadBytes()
        r instanceof DialectResult.Taken
        (r as DialectResult.Taken).readings()*.value == [21.5d]
        ms < 2_000
    }

    def "learned topics are capped: a flood of discovery configs cannot grow the engine without bound"() {
        given:
        def small = new DialectEngine(DialectLoader.shipped(), new DialectLimits(64 * 1024, 32, 250, 200, 500, 10))

        when:
        (1..50).each { i ->
            small.evaluate("homeassistant/sensor/n$i/t/config", """{"state_topic": "flood/$i", "device_class": "temperature"}""".bytes, Instant.EPOCH)
        }

        then:
        small.learnedTopics() == 10
        small.learnedDropped() == 40
    }

    def "an expression out of time only because its thread stood still is evaluated again; one that works that long is refused"() {
        given: 'a budget of 50 ms, and a payload whose first read holds the thread still for 200 ms without work, as a collector pause or a busy machine does'
        def limits = new DialectLimits(64 * 1024, 32, 50, 200, 500, 100)
        def reads = new AtomicInteger()
        def stalling = new LinkedHashMap<String, Object>([v: 21]) {
            @Override
            Object get(Object key) {
                if (reads.getAndIncrement() == 0) {
                    Thread.sleep(200)
                }
                super.get(key)
            }
        }

        and: 'evaluated once before, so that loading the classes of JSONata is not counted in the 50 ms'
        def doubled = Expression.compile('acme.yaml', 1, 'payload.v * 2')
        doubled.evaluate([payload: [v: 1]], DialectLimits.defaults())

        when:
        def value = doubled.evaluate([payload: stalling], limits)

        then: 'kept, read a second time'
        value == 42
        reads.get() == 2

        when: 'the expression itself spends the budget'
        Expression.compile('cubic.yaml', 1, '$count($$.a.($$.a.($$.a.($$.a))))').evaluate([a: (1..2000).toList()], limits)

        then:
        def refused = thrown(com.dashjoin.jsonata.JException)
        Expression.timedOut(refused)
    }
}
