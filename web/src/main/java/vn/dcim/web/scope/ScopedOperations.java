package vn.dcim.web.scope;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.alarm.Alarms;
import vn.dcim.core.incident.IncidentsWithin;
import vn.dcim.core.maintenance.WorkOrders;
import vn.dcim.core.maintenance.WorkOrdersWithin;
import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.core.suppression.MaintenanceWindowService;
import vn.dcim.core.suppression.WindowsWithin;

import java.util.Optional;
import java.util.Set;

/**
 * Whether an operation on equipment (an alarm, an incident, a work order, a maintenance window) is inside a scope, by
 * the equipment it is about; and the cut of the operations' lists by a scope, the same for the API and the screens.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ScopedOperations {
    private final ScopedEquipment equipment;
    private final Alarms alarms;
    private final IncidentsWithin incidents;
    private final WorkOrders workOrders;
    private final MaintenanceWindowService windows;

    /** For a limited scope only (the gate lets an unlimited one through before asking). */
    boolean admits(Scope scope, ScopeAware.Id what, long id) {
        return switch (what) {
            case alarm -> alarms.find(id).map(a -> scope.admitsSite(a.siteId())
                    && (!scope.byAgency() || Optional.ofNullable(equipment.deviceIdsOf(scope)).orElse(Set.of()).contains(a.source())))
                    .orElse(false);
            case incident -> incidents.admits(id, scope.siteIds(), equipment.deviceIdsOf(scope));
            case incident_part -> incidents.touches(id, scope.siteIds(), equipment.deviceIdsOf(scope));
            case workOrder -> workOrders.admits(id, workOrders(scope));
            case window -> windows.admits(id, windows(scope));
            default -> false;
        };
    }

    /** The work orders a limited scope admits: those on its sites' equipment, or on the agency's. */
    public WorkOrdersWithin workOrders(Scope scope) {
        return new WorkOrdersWithin(scope.siteIds(), equipment.deviceIdsOf(scope), equipment.assetIdsOf(scope), equipment.rackIdsOf(scope));
    }

    /** The maintenance windows a limited scope admits: on its sites and what stands there, or on the agency's equipment. */
    public WindowsWithin windows(Scope scope) {
        return new WindowsWithin(scope.siteIds(), equipment.deviceIdsOf(scope), equipment.rackIdsOf(scope), equipment.roomIdsOf(scope),
                !scope.byAgency());
    }
}
