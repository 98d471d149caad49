package vn.dcim.core.alarm;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.Arrays;
import java.util.List;

/** A rule as the alarm_rule table holds it: the states joined by commas. */
@MappedEntity("alarm_rule")
record AlarmRuleRow(@Id String id, String metric, AlarmRule.Kind kind, @Nullable Double triggerValue, @Nullable Double rearmValue,
                    @Nullable String states, int durationS, Severity severity, String article, String description,
                    boolean enabled, boolean latching) {

    static AlarmRuleRow of(AlarmRule r) {
        return new AlarmRuleRow(r.id(), r.metric(), r.kind(), r.trigger(), r.rearm(), String.join(",", r.states()), r.durationSeconds(),
                r.severity(), r.article(), r.description(), r.enabled(), r.latching());
    }

    AlarmRule rule() {
        return new AlarmRule(id, metric, kind, triggerValue, rearmValue,
                states == null || states.isBlank() ? List.of() : Arrays.asList(states.split(",")),
                durationS, severity, article, description, enabled, latching);
    }
}
