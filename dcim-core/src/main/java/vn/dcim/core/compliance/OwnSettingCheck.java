package vn.dcim.core.compliance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static vn.dcim.core.compliance.Said.said;

/**
 * A requirement the product enforces on itself, judged from its own setting(s) against the figures of the selected
 * policy profile: it holds when every {@link Bound} does. One class for all of them, the rules being data
 * ({@link PolicyChecks}): the sentence names the configured values, then the profile's figures, then (where the
 * sentence quotes it) the article the first figure comes from. A setting always has a value (its default), so these
 * never lack data.
 */
final class OwnSettingCheck extends KeyedCheck {
    private final List<Bound> bounds;
    private final String saidKey;
    private final String pattern;
    private final boolean cited;
    private final Evidence[] evidence;

    /** One configured value against one figure of the profile: at most it, or at least it. */
    record Bound(long configured, String figure, boolean atMost) {
        static Bound atMost(long configured, String figure) {
            return new Bound(configured, figure, true);
        }

        static Bound atLeast(long configured, String figure) {
            return new Bound(configured, figure, false);
        }

        boolean holds(long asked) {
            return atMost ? configured <= asked : configured >= asked;
        }
    }

    OwnSettingCheck(String key, List<Bound> bounds, String saidKey, String pattern, boolean cited, Evidence... evidence) {
        super(key);
        this.bounds = List.copyOf(bounds);
        this.saidKey = saidKey;
        this.pattern = pattern;
        this.cited = cited;
        this.evidence = evidence.clone();
    }

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        List<Object> args = new ArrayList<>();
        bounds.forEach(b -> args.add(b.configured()));
        boolean holds = true;
        for (Bound b : bounds) {
            int asked = profile.whole(b.figure());
            holds &= b.holds(asked);
            args.add(asked);
        }
        if (cited) {
            args.add(profile.citation(bounds.get(0).figure()));
        }
        return Judgement.of(holds, said(saidKey, pattern, args.toArray()), evidence);
    }
}
