package vn.dcim.snmp

import spock.lang.Specification
import vn.dcim.core.alarm.AlarmRule
import vn.dcim.core.alarm.AlarmRules
import vn.dcim.snmp.profile.MetricKind
import vn.dcim.snmp.profile.ProfileCatalog

/**
 * A shipped threshold rule judges a state metric by its raw number (env.leak above 0, camera.online
 * below 1): every profile that reports that metric as a state must use the numbers the rule expects.
 * A vendor's own codes (Liebert 1 = no leak, Raritan 4 = normal, Carel 0 = general alarm) under such a
 * name raised a critical alarm on a healthy sensor; they belong under a `.state` name judged by text.
 */
class ProfileRuleConsistencySpec extends Specification {

    def "#profile: #metric state #code (#text) does not trip rule #rule while the profile calls it normal"() {
        expect:
        !trips
        where:
        [profile, metric, code, text, rule, trips] << normalStatesUnderNumericRules()
    }

    def "#profile: #metric has a state that trips rule #rule"() {
        expect:
        canTrip
        where:
        [profile, metric, rule, canTrip] << statesUnderNumericRules()
    }

    static boolean trips(AlarmRule rule, long code) {
        rule.kind() == AlarmRule.Kind.above ? code > rule.trigger() : code < rule.trigger()
    }

    static List<List> statesUnderNumericRules() {
        def rules = AlarmRules.parseDefaults().findAll { it.kind() != AlarmRule.Kind.state }
        ProfileCatalog.load().all().collectMany { p ->
            p.metrics().findAll { it.kind() == MetricKind.state }.collectMany { m ->
                rules.findAll { it.metric() == m.name() }.collect { r -> [p.name(), m.name(), r.id(), m.states().keySet().any { trips(r, it) }] }
            }
        }.unique()
    }

    static List<List> normalStatesUnderNumericRules() {
        def rules = AlarmRules.parseDefaults().findAll { it.kind() != AlarmRule.Kind.state }
        ProfileCatalog.load().all().collectMany { p ->
            p.metrics().findAll { it.kind() == MetricKind.state }.collectMany { m ->
                rules.findAll { it.metric() == m.name() }.collectMany { r ->
                    m.states().findAll { code, meaning -> meaning.severity() in [null, 'normal'] }
                            .collect { code, meaning -> [p.name(), m.name(), code, meaning.text(), r.id(), trips(r, code)] }
                }
            }
        }.unique()
    }
}
