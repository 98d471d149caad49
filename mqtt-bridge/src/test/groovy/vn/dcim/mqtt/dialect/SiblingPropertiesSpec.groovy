package vn.dcim.mqtt.dialect

import spock.lang.Specification

import java.time.Instant

/**
 * A device that publishes each property on its own topic (Zigbee2MQTT's attribute output): whether a field's better
 * one came besides is told from the order they came in, per device, within a bound (docs/dialects.md, "fields").
 */
class SiblingPropertiesSpec extends Specification {
    static final Instant RECEIVED = Instant.parse('2026-11-28T10:00:00Z')

    static List<List> illuminance(DialectEngine engine, String device, List<List> sent) {
        sent.collect { property, value ->
            def r = engine.evaluate("zigbee2mqtt/$device/$property", String.valueOf(value).bytes, RECEIVED)
            assert r instanceof DialectResult.Taken
            (r as DialectResult.Taken).readings().findAll { it.metric() == 'env.illuminance' }.collect { it.value() }
        }
    }

    def "#what: the illuminance read of each message is #read"() {
        expect:
        illuminance(DialectEngine.shipped(), 'hall', sent) == read

        where:
        what                                     | sent                                                                                   || read
        '1.x, raw first: left from report two'   | [['illuminance', 18062], ['illuminance_lux', 64], ['illuminance', 18129], ['illuminance_lux', 65]] || [[18062d], [64d], [], [65d]]
        '1.x, lux first: left from report one'   | [['illuminance_lux', 64], ['illuminance', 18062], ['illuminance_lux', 65], ['illuminance', 18129]] || [[64d], [], [65d], []]
        '2.x: lux alone, read each time'         | [['illuminance', 42], ['illuminance', 47], ['illuminance', 51]]                        || [[42d], [47d], [51d]]
        'updated to 2.x after a lux-first report' | [['illuminance_lux', 64], ['illuminance', 18062], ['illuminance', 66], ['illuminance', 70]] || [[64d], [], [66d], [70d]]
        'updated to 2.x after a raw-first report' | [['illuminance', 18062], ['illuminance_lux', 64], ['illuminance', 66], ['illuminance', 70]] || [[18062d], [64d], [], [70d]]
    }

    def "the order is kept per device: one device's illuminance_lux leaves no other's illuminance"() {
        given:
        def engine = DialectEngine.shipped()
        illuminance(engine, 'hall', [['illuminance_lux', 64]])

        expect:
        illuminance(engine, 'lobby', [['illuminance', 42]]) == [[42d]]
        illuminance(engine, 'hall', [['illuminance', 18062]]) == [[]]
    }

    def "the order of at most #cap devices is kept, the others counted and read as if alone"() {
        given:
        def limits = DialectLimits.defaults()
        def engine = new DialectEngine(DialectLoader.shipped(), new DialectLimits(limits.maxPayloadBytes(), limits.maxJsonDepth(),
                limits.evaluationMs(), limits.maxExpressionDepth(), limits.maxOutputs(), cap))

        when:
        def read = (1..devices).collect { illuminance(engine, "d$it", [['illuminance_lux', 10], ['illuminance', 9000]]) }

        then:
        read.count { it == [[10d], []] } == Math.min(devices, cap)
        read.count { it == [[10d], [9000d]] } == Math.max(0, devices - cap)
        engine.learnedDropped() == 2 * Math.max(0, devices - cap)

        where:
        cap | devices
        5   | 3
        5   | 8
    }
}
