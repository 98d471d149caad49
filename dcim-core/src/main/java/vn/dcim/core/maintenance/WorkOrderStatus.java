package vn.dcim.core.maintenance;

import java.util.Map;
import java.util.Set;

/** planned → assigned → in_progress → done → verified; any open order may be cancelled. */
public enum WorkOrderStatus {
    planned, assigned, in_progress, done, verified, cancelled;

    private static final Map<WorkOrderStatus, Set<WorkOrderStatus>> NEXT = Map.of(
            planned, Set.of(assigned, cancelled),
            assigned, Set.of(in_progress, planned, cancelled),
            in_progress, Set.of(done, cancelled),
            done, Set.of(verified, in_progress),
            verified, Set.of(),
            cancelled, Set.of());

    public boolean canGoTo(WorkOrderStatus next) {
        return NEXT.get(this).contains(next);
    }

    public boolean open() {
        return this == planned || this == assigned || this == in_progress;
    }
}
