package vn.dcim.core.maintenance;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** Whether equipment is under maintenance now, so its alarms can be suppressed but still recorded. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MaintenanceActivity {
    private final WorkOrderRepository orders;

    public boolean inProgress(long assetId) {
        return orders.findByStatusInList(java.util.List.of(WorkOrderStatus.in_progress)).stream()
                .anyMatch(o -> o.assetId() != null && o.assetId() == assetId);
    }
}
