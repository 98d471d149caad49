package vn.dcim.core.compliance;

import java.time.Instant;

/**
 * An automatic check over the product's own data. The catalogue names it by {@link #key()} on each
 * requirement it judges; the numbers it compares against come from the selected policy profile.
 */
public interface ComplianceCheck {
    /**
     * The catalogue's {@code check:} key, e.g. "camera-retention": the {@link CheckKey} on the class, unless the
     * check is given its key otherwise ({@link KeyedCheck}).
     */
    default String key() {
        CheckKey key = getClass().getAnnotation(CheckKey.class);
        if (key == null) {
            throw new IllegalStateException(getClass().getName() + " names no catalogue key (@CheckKey)");
        }
        return key.value();
    }

    Judgement judge(Instant now, PolicyProfile profile);
}
