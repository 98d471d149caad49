package vn.dcim.web.scope;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.agency.AgencyEquipment;
import vn.dcim.core.agency.EquipmentKind;
import vn.dcim.core.alarm.Alarms;
import vn.dcim.core.incident.IncidentsWithin;
import vn.dcim.core.maintenance.WorkOrders;
import vn.dcim.core.maintenance.WorkOrdersWithin;
import vn.dcim.core.personal.FacePictures;
import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.core.site.LocationRegistry;
import vn.dcim.core.suppression.MaintenanceWindowService;
import vn.dcim.core.suppression.WindowsWithin;

import java.util.Optional;
import java.util.Set;

/**
 * Whether the id of a thing is inside a scope, for the gate and for the controllers that are handed ids in a body;
 * and the cut of the operations' lists (work orders, maintenance windows) by a scope, the same for the API and the
 * screens.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ScopedIds {
    private final ScopedEquipment equipment;
    private final AgencyEquipment owners;
    private final LocationRegistry locations;
    private final Alarms alarms;
    private final IncidentsWithin incidents;
    private final WorkOrders workOrders;
    private final MaintenanceWindowService windows;
    private final ScopedRecords records;
    private final FacePictures pictures;

    public boolean admits(Scope scope, ScopeAware.Id what, String id) {
        if (!scope.limited()) {
            return true;
        }
        try {
            return switch (what) {
                case none -> true;
                case site -> equipment.site(scope, id);
                case room -> locations.room(Long.parseLong(id)).map(r -> equipment.room(scope, r)).orElse(false);
                case rack -> equipment.rack(scope, Long.parseLong(id));
                case asset -> equipment.asset(scope, Long.parseLong(id));
                case device -> equipment.device(scope, id);
                case agency -> scope.agencyId() == null || scope.agencyId() == Long.parseLong(id);
                // documents have no site: a limited account reads those its agency owns, no other
                case document -> scope.byAgency()
                        && scope.agencyId().equals(owners.owner(EquipmentKind.document, String.valueOf(Long.parseLong(id))));
                case alarm -> alarms.find(Long.parseLong(id)).map(a -> scope.admitsSite(a.siteId())
                        && (!scope.byAgency() || Optional.ofNullable(equipment.deviceIdsOf(scope)).orElse(Set.of()).contains(a.source())))
                        .orElse(false);
                case port, cable, power_node, power_link, stocktake, change -> records.admits(scope, what, Long.parseLong(id));
                case incident -> incidents.admits(Long.parseLong(id), scope.siteIds(), equipment.deviceIdsOf(scope));
                case incident_part -> incidents.touches(Long.parseLong(id), scope.siteIds(), equipment.deviceIdsOf(scope));
                case workOrder -> workOrders.admits(Long.parseLong(id), workOrders(scope));
                case window -> windows.admits(Long.parseLong(id), windows(scope));
                // an agency sees no door's records (the centre's); a picture of no known site is outside every limit
                case face_picture -> !scope.byAgency() && pictures.siteOf(Long.parseLong(id)).map(scope::admitsSite).orElse(false);
            };
        } catch (NumberFormatException e) {
            return false; // not an id of anything: absent
        }
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
