package vn.dcim.core.alarm;

import java.time.Instant;
import java.util.Optional;

/**
 * Port of the dependency graph (issue 35): the active alarm of a parent (power chain, "reached through")
 * that explains an alarm the device is about to raise, so that it is recorded as a symptom of that root
 * and not notified on its own. The suppression feature implements it from its data.
 */
public interface SymptomRoots {

    /** The root alarm's id (the top of its own chain of causes); empty when the alarm stands alone. */
    Optional<Long> rootOf(String deviceId, String ruleId, Instant at);
}
