package vn.dcim.core.change;

import java.util.Map;
import java.util.Set;

/**
 * draft → submitted → approved or refused; approved → scheduled (the crew's work order exists) → done; anything not
 * decided or finished may be cancelled. Refused, done and cancelled are final: a new request starts a new thread.
 */
public enum ChangeStatus {
    draft, submitted, approved, refused, scheduled, done, cancelled;

    private static final Map<ChangeStatus, Set<ChangeStatus>> NEXT = Map.of(
            draft, Set.of(submitted, cancelled),
            submitted, Set.of(approved, refused, cancelled),
            approved, Set.of(scheduled, cancelled),
            refused, Set.of(),
            scheduled, Set.of(done, cancelled),
            done, Set.of(),
            cancelled, Set.of());

    public boolean canGoTo(ChangeStatus next) {
        return NEXT.get(this).contains(next);
    }

    public boolean open() {
        return !NEXT.get(this).isEmpty();
    }
}
