package vn.dcim.mqtt.dialect

import com.dashjoin.jsonata.JException
import spock.lang.Specification

/**
 * The depth bound of an evaluation counts nesting, not work: objects built in a loop over a long list (a
 * bridge/devices of hundreds of devices) are no nesting, a recursion is (Expression.bound).
 */
class ExpressionBoundsSpec extends Specification {
    static final DialectLimits LIMITS = DialectLimits.defaults()

    def "#what over #n elements evaluates within the 200 nested calls"() {
        given:
        def e = Expression.compile('spec.yaml', 1, expression)

        expect:
        (e.evaluate((1..n).collect { [a: it, b: 'x' + it] }, LIMITS) as List).size() == n

        where:
        what                                 | expression                                                      | n
        'an object of three keys each'       | '$.{"a": a, "b": b, "c": 1}'                                    | 1000
        'a block building an object each'    | '$.( $x := a; {"a": $x, "b": b, "c": [1, 2]} )'                 | 1000
        'a function building an object each' | '( $f := function($e) { {"a": $e.a, "b": $e.b} }; $.$f($) )'    | 1000
        'a filter with an "in" each'         | '$[b in ["x1", "x2"] or a > 0].{"a": a, "b": b}'                | 1000
    }

    def "a recursion deeper than the bound is refused as too deep, and a tail call that never ends (no nesting) as too long"() {
        when:
        Expression.compile('spec.yaml', 1, expression).evaluate([:], new DialectLimits(LIMITS.maxPayloadBytes(), LIMITS.maxJsonDepth(), 200,
                LIMITS.maxExpressionDepth(), LIMITS.maxOutputs(), LIMITS.maxLearned()))

        then:
        def e = thrown(JException)
        deep ? Expression.tooDeep(e) : Expression.timedOut(e)

        where:
        expression                                                              | deep
        '( $f := function($n) { $n = 0 ? 0 : 1 + $f($n - 1) }; $f(5000) )'     | true
        '( $f := function($n) { $n = 0 ? 0 : $f($n - 1) + 1 }; $f(5000) )'     | true
        '( $f := function($n) { $n < 0 ? 0 : $f($n + 1) }; $f(0) )'             | false
    }
}
