package vn.dcim.mqtt.topic

import spock.lang.Shared
import spock.lang.Specification
import vn.dcim.core.alarm.AlarmRule
import vn.dcim.core.alarm.AlarmRules

/**
 * Every event the bridge knows raises an alarm through a shipped rule (Art. 6.5: cameras watched 24/7;
 * Art. 6.6: access control), so that no event is stored without anybody being told.
 */
class EventRulesSpec extends Specification {

    @Shared
    Set<String> eventMetrics = new TopicContract().eventMetrics()
    @Shared
    List<AlarmRule> rules = AlarmRules.parseDefaults()

    def "the contract's events include door tamper, camera video loss and camera tamper"() {
        expect:
        eventMetrics.containsAll(['door.forced', 'door.held_open', 'door.tamper', 'camera.video_loss', 'camera.tamper'])
    }

    def "event metric #metric has an enabled default rule that raises while the event is active"() {
        given: 'the shipped rules on this metric'
        List<AlarmRule> onMetric = rules.findAll { it.metric() == metric && it.enabled() }

        expect: 'a rule that raises on 1 (active) and clears on 0 (cleared), naming its article'
        !onMetric.isEmpty()
        onMetric.every { it.kind() == AlarmRule.Kind.above && it.trigger() == 0d && it.article() ==~ /Art\. \d+(\.\d+)*[a-z]?/ }

        where:
        metric << new TopicContract().eventMetrics()
    }

    def "the rules for #metric name #article"() {
        expect:
        rules.find { it.metric() == metric }?.article() == article

        where:
        metric              || article
        'door.tamper'       || 'Art. 6.6'
        'camera.video_loss' || 'Art. 6.5'
        'camera.tamper'     || 'Art. 6.5'
    }
}
