package vn.dcim.core.alarm;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A rule evaluated against readings of one metric (OpenNMS semantics): {@code above}/{@code below}
 * raise when the value passes {@code trigger} for at least {@code durationSeconds} and clear only once
 * it is back past {@code rearm} (hysteresis); {@code state} raises while the reading's text is one of
 * {@code states}. A {@code latching} rule's alarm, once cleared, stays on the console until a person
 * acknowledges it (ANSI/ISA-18.2); a non-latching one closes when it clears (a self-clearing blip).
 */
@io.micronaut.serde.annotation.Serdeable
public record AlarmRule(String id, String metric, Kind kind, @Nullable Double trigger, @Nullable Double rearm,
                        List<String> states, int durationSeconds, Severity severity, String article,
                        String description, boolean enabled, boolean latching) {

    @io.micronaut.core.annotation.Creator
    public AlarmRule {
    }

    /** A latching rule. */
    public AlarmRule(String id, String metric, Kind kind, @Nullable Double trigger, @Nullable Double rearm,
                     List<String> states, int durationSeconds, Severity severity, String article,
                     String description, boolean enabled) {
        this(id, metric, kind, trigger, rearm, states, durationSeconds, severity, article, description, enabled, true);
    }

    public enum Kind { above, below, state }
}
