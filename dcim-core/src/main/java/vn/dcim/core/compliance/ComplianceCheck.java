package vn.dcim.core.compliance;

import java.time.Instant;

/**
 * An automatic check over the product's own data. The catalogue names it by {@link #key()} on each
 * requirement it judges; the numbers it compares against come from the selected policy profile.
 */
public interface ComplianceCheck {
    /** The catalogue's {@code check:} key, e.g. "camera-retention". */
    String key();

    Judgement judge(Instant now, PolicyProfile profile);
}
