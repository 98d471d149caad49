package vn.dcim.core.suppression

import org.yaml.snakeyaml.Yaml
import spock.lang.Specification

/** The symptom data (suppression/symptoms.yml) names only rules that exist, each with its article. */
class SymptomRulesSpec extends Specification {
    static final Set<String> DUTY_RULES = ['device-stale', 'grid-lost'] as Set

    static Set<String> shippedRules() {
        def doc = new Yaml().load(SymptomRulesSpec.classLoader.getResourceAsStream('rules/default-rules.yml')) as Map
        (doc.rules as List<Map>).collect { it.id as String } as Set
    }

    def "explanation #e.id() names only known rules and an article"() {
        expect:
        e.article() ==~ /Art\. [0-9.a-z]+/
        (e.parent() + e.child()).every { it in shippedRules() || it in DUTY_RULES }

        where:
        e << new SymptomRules().explanations()
    }

    def "what may wait for its cause (#rule) is a consequence some explanation holds; a drop itself does not wait"() {
        expect:
        new SymptomRules().awaitingTheirCause().contains(rule) == waits

        where:
        rule                 || waits
        'camera-video-loss'  || true
        'ups-on-battery'     || true
        'generator-running'  || true
        'camera-offline'     || false
        'device-unreachable' || false
        'device-stale'       || false
        'grid-lost'          || false
    }

    def "a device's own drop never explains the same rule: #rule"() {
        expect:
        !new SymptomRules().explainedOnTheDevice(rule).contains(rule)

        where:
        rule << ['device-unreachable', 'camera-offline', 'device-stale']
    }

    def "#child on a device behind #through is explained by #parent: #explained"() {
        expect:
        new SymptomRules().explaining(child, SymptomRules.Through.valueOf(through)).contains(parent) == explained

        where:
        child                | through   | parent               || explained
        'device-stale'       | 'power'   | 'ups-on-battery'     || true
        'device-unreachable' | 'power'   | 'grid-input-lost'    || true
        'device-stale'       | 'reached' | 'device-unreachable' || true
        'device-stale'       | 'reached' | 'ups-on-battery'     || false
        'door-forced'        | 'power'   | 'ups-on-battery'     || false
        'ups-on-battery'     | 'power'   | 'ats-source-failed'  || false
        'camera-video-loss'  | 'self'    | 'camera-offline'     || true
        'camera-video-loss'  | 'self'    | 'device-unreachable' || true
        'camera-offline'     | 'self'    | 'device-unreachable' || true
        'device-stale'       | 'self'    | 'device-unreachable' || true
        'device-unreachable' | 'self'    | 'camera-offline'     || true   // a camera's offline holds its unreachable, as the other way round
        'ups-on-battery'     | 'site'    | 'grid-lost'          || true
        'generator-running'  | 'site'    | 'grid-lost'          || true
        'generator-fault'    | 'site'    | 'grid-lost'          || false  // the backup failing is a cause of its own
        'ups-battery-low'    | 'site'    | 'grid-lost'          || false
        'camera-tamper'      | 'self'    | 'camera-offline'     || false
    }
}
