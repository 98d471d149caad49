package vn.dcim.core.alarm;

import vn.dcim.core.error.InvalidInputException;

/** What makes a rule meaningful; every failure names the field, for the API and the rule editor. */
final class AlarmRuleCheck {
    private AlarmRuleCheck() {
    }

    static void validate(AlarmRule r) {
        if (r.id() == null || !r.id().matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new InvalidInputException("id", "id is 1–64 lowercase letters, digits or dashes").explained("error.rule.id");
        }
        if (r.metric() == null || r.metric().isBlank() || r.metric().length() > 100) {
            throw new InvalidInputException("metric", "metric is required (e.g. env.temperature)").explained("error.rule.metric");
        }
        if (r.kind() == null) {
            throw new InvalidInputException("kind", "kind is above, below or state").explained("error.rule.kind");
        }
        if (r.severity() == null) {
            throw new InvalidInputException("severity", "severity is critical, major, minor, warning or info").explained("error.rule.severity");
        }
        if (r.kind() == AlarmRule.Kind.state) {
            if (r.states() == null || r.states().isEmpty()) {
                throw new InvalidInputException("states", "a state rule names at least one state that raises it")
                        .explained("error.rule.states");
            }
        } else {
            if (r.trigger() == null) {
                throw new InvalidInputException("trigger", "a threshold rule needs a trigger value").explained("error.rule.trigger");
            }
            if (r.rearm() != null && (r.kind() == AlarmRule.Kind.above ? r.rearm() > r.trigger() : r.rearm() < r.trigger())) {
                throw new InvalidInputException("rearm", "the rearm value must lie on the normal side of the trigger (hysteresis)")
                        .explained("error.rule.rearm");
            }
        }
        if (r.durationSeconds() < 0 || r.durationSeconds() > 86_400) {
            throw new InvalidInputException("durationSeconds", "duration is 0 to 86400 seconds").explained("error.rule.duration");
        }
        if (r.article() == null || r.article().isBlank()) {
            throw new InvalidInputException("article", "name the article or practice the rule implements (e.g. Art. 6.2)")
                    .explained("error.rule.article");
        }
        if (r.description() == null || r.description().isBlank() || r.description().length() > 500) {
            throw new InvalidInputException("description", "a description of up to 500 characters says why the alarm exists")
                    .explained("error.rule.description");
        }
    }
}
