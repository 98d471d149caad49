package vn.dcim.core.alarm;

import vn.dcim.core.error.InvalidInputException;

/** What makes a rule meaningful; every failure names the field, for the API and the rule editor. */
final class AlarmRuleCheck {
    private AlarmRuleCheck() {
    }

    static void validate(AlarmRule r) {
        if (r.id() == null || !r.id().matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new InvalidInputException("id", "id is 1–64 lowercase letters, digits or dashes");
        }
        if (r.metric() == null || r.metric().isBlank() || r.metric().length() > 100) {
            throw new InvalidInputException("metric", "metric is required (e.g. env.temperature)");
        }
        if (r.kind() == null) {
            throw new InvalidInputException("kind", "kind is above, below or state");
        }
        if (r.severity() == null) {
            throw new InvalidInputException("severity", "severity is critical, major, minor, warning or info");
        }
        if (r.kind() == AlarmRule.Kind.state) {
            if (r.states() == null || r.states().isEmpty()) {
                throw new InvalidInputException("states", "a state rule names at least one state that raises it");
            }
        } else {
            if (r.trigger() == null) {
                throw new InvalidInputException("trigger", "a threshold rule needs a trigger value");
            }
            if (r.rearm() != null && (r.kind() == AlarmRule.Kind.above ? r.rearm() > r.trigger() : r.rearm() < r.trigger())) {
                throw new InvalidInputException("rearm", "the rearm value must lie on the normal side of the trigger (hysteresis)");
            }
        }
        if (r.durationSeconds() < 0 || r.durationSeconds() > 86_400) {
            throw new InvalidInputException("durationSeconds", "duration is 0 to 86400 seconds");
        }
        if (r.article() == null || r.article().isBlank()) {
            throw new InvalidInputException("article", "name the article or practice the rule implements (e.g. Art. 6.2)");
        }
        if (r.description() == null || r.description().isBlank() || r.description().length() > 500) {
            throw new InvalidInputException("description", "a description of up to 500 characters says why the alarm exists");
        }
    }
}
