package vn.dcim.core.alarm;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Port of the dependency graph: the active alarm of a parent (power chain, "reached through")
 * that explains an alarm the device is about to raise, so that it is recorded as a symptom of that root
 * and not notified on its own. The suppression feature implements it from its data.
 */
public interface SymptomRoots {

    /**
     * The root alarm's id (the top of its own chain of causes); empty when the alarm stands alone. {@code instance}
     * is the alarm's channel, port or sensor: the device's own alarm explains it when that alarm is of the whole
     * device ("0") or of the same instance (camera 3 offline explains the video loss of camera 3, not of camera 4).
     */
    Optional<Long> rootOf(String deviceId, String ruleId, String instance, Instant at);

    /**
     * The rules of the same device an alarm of this rule explains (a camera offline: its video loss, its
     * unreachable), so that those raised just before it, in the same drop, are filed under it too.
     */
    Set<String> explainedOnTheDevice(String ruleId);

    /**
     * The rules of the other devices of the same site an alarm of this rule explains (a site's grid lost: its UPSs on
     * battery, its ATS without its source, its generator running), so that those raised just before it are filed under it.
     */
    Set<String> explainedOnTheSite(String ruleId);

    /**
     * Whether the device's alarm of this rule waits for its cause before it is notified on its own: its cause is often
     * told after it (a camera's video loss before its drop; a UPS on battery before the feed's voltage shows the site's
     * grid lost, on a site whose power chain has a feed to tell it).
     */
    boolean awaitsItsCause(String deviceId, String ruleId);

    /**
     * The rules whose alarm the device's own drop may explain (video loss, not recording, stale): told before the drop
     * as often as after it, so that what they mean is known only once the drop had its time to arrive.
     */
    Set<String> explainedByTheirOwnDrop();
}
