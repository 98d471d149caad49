package vn.dcim.mqtt.dialect

import spock.lang.Specification

import java.time.Instant

/**
 * What a readings expression may return: an object, a list of objects, or lists of them within lists
 * (JSONata's $map keeps the array each element gives, e.g. a meter's readings per channel); anything
 * else among them is a bad output, refused and counted.
 */
class DialectOutputsSpec extends Specification {
    static DialectEngine engine(String readings) {
        new DialectEngine([DialectLoader.parse('meter.yaml', """\
dialect: meter
topics: [acme/+/meter]
source: levels[1]
readings: |
  ${readings}
""")], DialectLimits.defaults())
    }

    def "#what gives #count readings"() {
        when:
        def r = engine(readings).evaluate('acme/m1/meter', '{"ch": [{"p": 1, "v": 230}, {"p": 2, "v": 231}]}'.bytes, Instant.EPOCH)

        then:
        r instanceof DialectResult.Taken
        (r as DialectResult.Taken).readings()*.value == values

        where:
        what                              | readings                                                                                                                                            || values
        'one object'                      | '{"metric": "pdu.outlet.power", "value": payload.ch[0].p}'                                                                                          || [1d]
        'arrays per element ($map)'       | '$map(payload.ch, function($c) { [{"metric": "pdu.outlet.power", "value": $c.p}, {"metric": "pdu.outlet.voltage", "value": $c.v}] })'          || [1d, 230d, 2d, 231d]
        'a literal list within a list'    | '[[{"metric": "pdu.outlet.power", "value": 5}], []]'                                                                                               || [5d]
        count = values.size()
    }

    def "a number among the objects is a bad output"() {
        given:
        def e = engine('[{"metric": "pdu.outlet.power", "value": 1}, [3]]')

        when:
        def r = e.evaluate('acme/m1/meter', '{}'.bytes, Instant.EPOCH)

        then:
        r instanceof DialectResult.Refused
        (r as DialectResult.Refused).reason() == DialectResult.Refusal.bad_output
        e.refusals()[DialectResult.Refusal.bad_output] == 1L
    }
}
