package vn.dcim.web.scope;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.personal.FacePictures;
import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.core.site.LocationRegistry;

/**
 * Whether the id of a thing is inside a scope, for the gate and for the controllers that are handed ids in a body:
 * equipment and places here, records about equipment by {@link ScopedRecords}, operations on it by
 * {@link ScopedOperations}.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ScopedIds {
    private final ScopedEquipment equipment;
    private final LocationRegistry locations;
    private final ScopedRecords records;
    private final ScopedOperations operations;
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
                case document -> equipment.document(scope, Long.parseLong(id));
                case port, cable, power_node, power_link, stocktake, change -> records.admits(scope, what, Long.parseLong(id));
                case alarm, incident, incident_part, workOrder, window -> operations.admits(scope, what, Long.parseLong(id));
                // an agency sees no door's records (the centre's); a picture of no known site is outside every limit
                case face_picture -> !scope.byAgency() && pictures.siteOf(Long.parseLong(id)).map(scope::admitsSite).orElse(false);
            };
        } catch (NumberFormatException e) {
            return false; // not an id of anything: absent
        }
    }
}
