package vn.dcim.core.alarm;

import vn.dcim.core.telemetry.Reading;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides per reduction key (device + rule + instance) whether a reading raises, clears or leaves an
 * alarm alone. Keeps when a breach began so that a minimum duration can be required, and whether the
 * key is currently raised so that the rearm value gives hysteresis.
 *
 * <p>Two-phase: {@link #evaluate} only decides; the key's raised state changes in {@link #stored},
 * which the engine calls once the alarm change is committed. A write that failed leaves the state as
 * it was, so the next reading decides the same way and the write is tried again.
 */
final class RuleEvaluator {

    enum Outcome { RAISE, CLEAR, NONE }

    /** What a reading decided for one reduction key. */
    record Decision(String key, Outcome outcome) {
    }

    private final Map<String, Instant> breachSince = new ConcurrentHashMap<>();
    private final Map<String, Boolean> raised = new ConcurrentHashMap<>();

    /** Takes over an alarm still open from before a restart, so that the next normal reading clears it. */
    void assumeRaised(String reductionKey) {
        raised.put(reductionKey, true);
    }

    Decision evaluate(AlarmRule rule, Reading reading) {
        String key = Alarms.key(reading.deviceId(), rule.id(), reading.instance());
        return new Decision(key, outcome(key, rule, reading));
    }

    /** The alarm change the decision asked for is committed: from now on the key is raised, or no longer. */
    void stored(Decision decision) {
        switch (decision.outcome()) {
            case RAISE -> raised.put(decision.key(), true);
            case CLEAR -> raised.put(decision.key(), false);
            case NONE -> { }
        }
    }

    private Outcome outcome(String key, AlarmRule rule, Reading reading) {
        boolean isRaised = raised.getOrDefault(key, false);
        Boolean breached = breached(rule, reading, isRaised);
        if (breached == null) {
            return Outcome.NONE;
        }
        if (!breached) {
            breachSince.remove(key);
            return isRaised ? Outcome.CLEAR : Outcome.NONE;
        }
        Instant since = breachSince.merge(key, reading.time(), (old, now) -> old.isBefore(now) ? old : now);
        boolean longEnough = !Duration.between(since, reading.time()).minusSeconds(rule.durationSeconds()).isNegative();
        return !isRaised && longEnough ? Outcome.RAISE : Outcome.NONE;
    }

    /** Null when the reading carries nothing this rule can judge (a missing value is not a recovery). */
    private static Boolean breached(AlarmRule rule, Reading r, boolean isRaised) {
        if (rule.kind() == AlarmRule.Kind.state) {
            if (r.text() == null) {
                return null;
            }
            // the states as written in the rule (doneError, onBattery) and as the device sends them, case aside
            String text = r.text().trim();
            return rule.states().stream().anyMatch(s -> s.trim().equalsIgnoreCase(text));
        }
        if (r.value() == null || rule.trigger() == null) {
            return null;
        }
        // once raised, the rearm value decides when it is over: e.g. raise above 27 °C, clear only at 26 °C or below
        double limit = isRaised && rule.rearm() != null ? rule.rearm() : rule.trigger();
        return rule.kind() == AlarmRule.Kind.above ? r.value() > limit : r.value() < limit;
    }
}
