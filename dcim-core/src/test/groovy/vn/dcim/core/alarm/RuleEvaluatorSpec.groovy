package vn.dcim.core.alarm

import spock.lang.Specification
import vn.dcim.core.telemetry.Reading

import java.time.Instant

class RuleEvaluatorSpec extends Specification {

    static final Instant T0 = Instant.parse('2026-11-22T08:00:00Z')

    def "the shipped rule #ruleId answers #outcomes to values #values"() {
        given:
        def rule = AlarmRules.parse(AlarmRules.DEFAULTS).find { it.id() == ruleId }
        def evaluator = new RuleEvaluator()

        when: 'readings arrive one minute apart'
        def seen = values.withIndex().collect { v, i ->
            def reading = v instanceof String
                    ? new Reading(T0.plusSeconds(60L * i), 'dev-1', rule.metric(), '0', 0d, v, null)
                    : Reading.of(T0.plusSeconds(60L * i), 'dev-1', rule.metric(), '0', v as double, null)
            def decision = evaluator.evaluate(rule, reading)
            evaluator.stored(decision)
            decision.outcome().name()
        }

        then:
        seen == outcomes

        where:
        ruleId                   | values                               || outcomes
        'room-temperature-high'  | [28, 28, 28, 28, 28, 28, 26.5, 25.9] || ['NONE', 'NONE', 'NONE', 'NONE', 'NONE', 'RAISE', 'NONE', 'CLEAR']
        'room-temperature-high'  | [28, 28, 25, 28, 28]                 || ['NONE', 'NONE', 'NONE', 'NONE', 'NONE']
        'room-humidity-low'      | [39, 39, 39, 39, 39, 39, 41, 43]     || ['NONE', 'NONE', 'NONE', 'NONE', 'NONE', 'RAISE', 'NONE', 'CLEAR']
        'ups-battery-charge-low' | [60, 49, 52, 56]                     || ['NONE', 'RAISE', 'NONE', 'CLEAR']
        'ups-runtime-low'        | [30, 9, 9, 15]                       || ['NONE', 'RAISE', 'NONE', 'CLEAR']
        'ups-on-battery'         | ['normal', 'battery', 'battery', 'normal'] || ['NONE', 'RAISE', 'NONE', 'CLEAR']
        'ups-on-bypass'          | ['bypass', 'battery']                || ['RAISE', 'CLEAR']
        'ups-battery-low'        | ['normal', 'Depleted', 'normal']     || ['NONE', 'RAISE', 'CLEAR']
        'ups-self-test-failed'   | ['donePass', 'doneError', 'doneError', 'donePass'] || ['NONE', 'RAISE', 'NONE', 'CLEAR']
        'ups-self-test-failed'   | ['ok', 'failed', 'ok']               || ['NONE', 'RAISE', 'CLEAR']
        'generator-fault'        | ['running', 'fault', 'stopped']      || ['NONE', 'RAISE', 'CLEAR']
        'door-forced'            | [0, 1, 1, 0]                         || ['NONE', 'RAISE', 'NONE', 'CLEAR']
        'camera-offline'         | [1, 0, 1]                            || ['NONE', 'RAISE', 'CLEAR']
        'outlet-overpower'       | [0, 1, 1, 0]                         || ['NONE', 'RAISE', 'NONE', 'CLEAR']
        'outlet-overtemperature' | [1, 0]                               || ['RAISE', 'CLEAR']
        'cover-obstruction'      | [0, 1, 0]                            || ['NONE', 'RAISE', 'CLEAR']
        'cover-safety-switch'    | [1, 0]                               || ['RAISE', 'CLEAR']
        'cover-bad-feedback'     | [1, 1, 0]                            || ['RAISE', 'NONE', 'CLEAR']
        'meter-failure'          | [0, 1, 0]                            || ['NONE', 'RAISE', 'CLEAR']
        'meter-phase-sequence'   | [1, 0]                               || ['RAISE', 'CLEAR']
        'meter-out-of-range'     | [1, 0]                               || ['RAISE', 'CLEAR']
        'meter-limit'            | [0, 1, 0]                            || ['NONE', 'RAISE', 'CLEAR']
        'sensor-read-error'      | [1, 1, 0]                            || ['RAISE', 'NONE', 'CLEAR']
        'door-reader-offline'    | [0, 1, 0]                            || ['NONE', 'RAISE', 'CLEAR']
        'device-fan-failure'     | [0, 1, 1, 0]                         || ['NONE', 'RAISE', 'NONE', 'CLEAR']
        'device-power-failure'   | [1, 0]                               || ['RAISE', 'CLEAR']
        'door-fault'             | [0, 1, 0]                            || ['NONE', 'RAISE', 'CLEAR']
        'cover-calibration-aborted' | [1, 0]                            || ['RAISE', 'CLEAR']
        'meter-not-configured'   | [1, 0]                               || ['RAISE', 'CLEAR']
        'sensor-out-of-range'    | [1, 0]                               || ['RAISE', 'CLEAR']
        'leak-detected'          | [1, 0]                               || ['RAISE', 'CLEAR']
        'leak-state-detected'    | ['noLeakDetected', 'leakDetected', 'noLeakDetected'] || ['NONE', 'RAISE', 'CLEAR']
        'leak-state-detected'    | ['normal', 'alarmed', 'normal']      || ['NONE', 'RAISE', 'CLEAR']
        'leak-state-detected'    | ['uninstalled', 'leak', 'normal']    || ['NONE', 'RAISE', 'CLEAR']
        'leak-state-detected'    | ['normal', 'flooded', 'normal']      || ['NONE', 'RAISE', 'CLEAR']
        'smoke-state-detected'   | ['normal', 'alarm', 'normal']        || ['NONE', 'RAISE', 'CLEAR']
        'cooling-alarm-state'    | ['ok', 'alarm', 'ok']                || ['NONE', 'RAISE', 'CLEAR']
        'cooling-alarm-state'    | ['off', 'on', 'off']                 || ['NONE', 'RAISE', 'CLEAR']
        'grid-input-lost'        | [230, 0, 120, 200]                   || ['NONE', 'RAISE', 'NONE', 'CLEAR']
        'ats-source-failed'      | ['ok', 'fail', 'fail', 'ok']         || ['NONE', 'RAISE', 'NONE', 'CLEAR']
        'generator-running'      | ['stopped', 'running', 'stopped']    || ['NONE', 'RAISE', 'CLEAR']
    }

    def "an alarm still open from before a restart clears on the first normal reading"() {
        given:
        def rule = AlarmRules.parse(AlarmRules.DEFAULTS).find { it.id() == 'ups-on-battery' }
        def evaluator = new RuleEvaluator()
        evaluator.assumeRaised('ups-1|ups-on-battery|0')

        expect:
        evaluator.evaluate(rule, new Reading(T0, 'ups-1', rule.metric(), '0', 3d, 'normal', null)).outcome() == RuleEvaluator.Outcome.CLEAR
    }

    def "a #outcome whose write was not stored is asked for again by the next reading"() {
        given:
        def rule = AlarmRules.parse(AlarmRules.DEFAULTS).find { it.id() == 'ups-on-battery' }
        def evaluator = new RuleEvaluator()
        if (outcome == RuleEvaluator.Outcome.CLEAR) {
            evaluator.assumeRaised('ups-1|ups-on-battery|0')
        }
        def reading = { int s -> new Reading(T0.plusSeconds(s), 'ups-1', rule.metric(), '0', 3d, state, null) }

        when: 'the first decision is never confirmed as stored (its write failed)'
        def first = evaluator.evaluate(rule, reading(0))
        def second = evaluator.evaluate(rule, reading(60))

        then:
        first.outcome() == outcome
        second.outcome() == outcome

        when: 'the second is stored'
        evaluator.stored(second)

        then: 'the third changes nothing'
        evaluator.evaluate(rule, reading(120)).outcome() == RuleEvaluator.Outcome.NONE

        where:
        outcome                     | state
        RuleEvaluator.Outcome.RAISE | 'battery'
        RuleEvaluator.Outcome.CLEAR | 'normal'
    }

    def "every shipped rule is valid as the rule editor would check it"() {
        when:
        AlarmRules.parse(AlarmRules.DEFAULTS).each { AlarmRuleCheck.validate(it) }

        then:
        noExceptionThrown()
    }

    def "the rule editor refuses #problem, naming #field"() {
        when:
        AlarmRuleCheck.validate(new AlarmRule(id, 'env.temperature', kind, trigger, rearm, states, duration, Severity.major,
                'Art. 6.2', 'Art. 6.2: test', true))

        then:
        def e = thrown(vn.dcim.core.error.InvalidInputException)
        e.field() == field

        where:
        problem                        | id        | kind                  | trigger | rearm | states | duration || field
        'an id with spaces'            | 'a b'     | AlarmRule.Kind.above  | 27d     | 26d   | []     | 0        || 'id'
        'a threshold without trigger'  | 'r1'      | AlarmRule.Kind.above  | null    | null  | []     | 0        || 'trigger'
        'rearm above an above-trigger' | 'r1'      | AlarmRule.Kind.above  | 27d     | 28d   | []     | 0        || 'rearm'
        'rearm below a below-trigger'  | 'r1'      | AlarmRule.Kind.below  | 40d     | 39d   | []     | 0        || 'rearm'
        'a state rule without states'  | 'r1'      | AlarmRule.Kind.state  | null    | null  | []     | 0        || 'states'
        'a negative duration'          | 'r1'      | AlarmRule.Kind.above  | 27d     | 26d   | []     | -5       || 'durationSeconds'
    }

    def "every shipped rule names its article (another seed's with its number first, as the compliance catalogue writes it), its text the article as a reader reads it"() {
        expect: 'the text a person reads names QĐ 22/2021 by its name, not by the catalogue code 000'
        AlarmRules.parse(AlarmRules.DEFAULTS).every {
            it.article() ==~ /(000 )?Art\. [0-9.]+[a-zđ]?/ && it.description().startsWith(it.article().replace('000 ', 'QĐ 22/2021 '))
        }
    }
}
