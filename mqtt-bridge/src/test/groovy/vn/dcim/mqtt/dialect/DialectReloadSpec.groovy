package vn.dcim.mqtt.dialect

import spock.lang.Specification

import java.time.Instant
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicBoolean
import java.util.concurrent.atomic.AtomicInteger

/**
 * The running bridge takes a new set of dialects (a device taught on the screen) without a restart: swapped
 * whole while messages flow, each message evaluated with one set; the bridge hears the new topic filters;
 * a user's dialect marked {@code first} is tried before the shipped dialect of the same topic.
 */
class DialectReloadSpec extends Specification {
    static Dialect acme(String version, String filter = 'acme/+/data', boolean first = false) {
        DialectLoader.parse("acme-${version}.yaml", """\
dialect: acme
${first ? 'first: true' : ''}
topics:
  - ${filter}
source: levels[1]
fields:
  map:
    t: {metric: env.temperature, instance: "${version}", unit: "°C"}
""")
    }

    def "a replaced set is used from the next message on, and the new topic filters are announced"() {
        given:
        def engine = new DialectEngine([acme('v1')], DialectLimits.defaults())
        List<String> heard = []
        engine.onLearned { heard << it }

        when:
        def added = engine.replace([acme('v2', 'acme/+/state')])
        def r = engine.evaluate('acme/rack7/state', '{"t": 21}'.bytes, Instant.EPOCH)

        then:
        added == ['acme/+/state']
        heard == ['acme/+/state']
        (r as DialectResult.Taken).readings()*.instance() == ['v2']
        engine.evaluate('acme/rack7/data', '{"t": 21}'.bytes, Instant.EPOCH) instanceof DialectResult.Untaken
    }

    def "a set naming one dialect twice is refused whole and the set in use stays"() {
        given:
        def engine = new DialectEngine([acme('v1')], DialectLimits.defaults())

        when:
        engine.replace([acme('v2'), acme('v3')])

        then:
        thrown(DialectException)
        (engine.evaluate('acme/rack7/data', '{"t": 21}'.bytes, Instant.EPOCH) as DialectResult.Taken).readings()*.instance() == ['v1']
    }

    def "while 4 threads evaluate messages, 200 replacements leave every message taken whole by one version or the other"() {
        given:
        def engine = new DialectEngine([acme('v1')], DialectLimits.defaults())
        def pool = Executors.newFixedThreadPool(4)
        def stop = new AtomicBoolean()
        def bad = new AtomicInteger()
        def evaluated = new AtomicInteger()
        def started = new CountDownLatch(4)

        when:
        4.times {
            pool.submit {
                started.countDown()
                while (!stop.get()) {
                    def r = engine.evaluate('acme/rack7/data', '{"t": 21}'.bytes, Instant.EPOCH)
                    if (!(r instanceof DialectResult.Taken) || !((r as DialectResult.Taken).readings()*.instance() in [['v1'], ['v2']])) {
                        bad.incrementAndGet()
                    }
                    evaluated.incrementAndGet()
                }
            }
        }
        started.await()
        200.times { engine.replace([acme(it % 2 == 0 ? 'v2' : 'v1')]) }
        stop.set(true)
        pool.shutdown()
        pool.awaitTermination(10, TimeUnit.SECONDS)

        then:
        evaluated.get() > 0
        bad.get() == 0
    }

    def "a user's dialect marked first is tried before the shipped dialect of its topic; unmarked, after it"() {
        given:
        def own = DialectLoader.parse('own.yaml', """\
dialect: acme-plug
${first ? 'first: true' : ''}
topics:
  - zigbee2mqtt/hall_plug
source: levels[1]
fields:
  map:
    watts: {metric: pdu.outlet.power, unit: W}
""")
        def engine = new DialectEngine(DialectLoader.ordered(DialectLoader.shipped(), [own], { throw it }), DialectLimits.defaults())

        expect:
        (engine.evaluate('zigbee2mqtt/hall_plug', '{"watts": 12}'.bytes, Instant.EPOCH) as DialectResult.Taken).dialect() == taker

        where:
        first || taker
        true  || 'acme-plug'
        false || 'zigbee2mqtt'
    }

    def "a user's dialect named as a shipped one is refused, the others kept"() {
        given:
        List<DialectException> refused = []
        def shadow = DialectLoader.parse('z.yaml', """\
dialect: zigbee2mqtt
topics: [x/+]
source: levels[1]
fields: {map: {t: {metric: env.temperature}}}
""")

        when:
        def all = DialectLoader.ordered(DialectLoader.shipped(), [shadow, acme('v1')], { refused << it })

        then:
        refused.size() == 1
        all.count { it.name() == 'zigbee2mqtt' } == 1
        all*.name().contains('acme')
    }
}
