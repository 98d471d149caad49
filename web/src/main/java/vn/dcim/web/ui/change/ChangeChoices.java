package vn.dcim.web.ui.change;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.agency.Agencies;
import vn.dcim.core.agency.Agency;
import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.core.site.LocationRegistry;
import vn.dcim.core.site.Rack;

import java.util.Comparator;
import java.util.List;

/** What the request form offers a reader: the racks its scope reaches, by name, and the agencies it may ask for. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ChangeChoices {
    private final LocationRegistry locations;
    private final Agencies agencies;
    private final ScopedEquipment scoped;

    List<Rack> racks(Scope scope) {
        return locations.racks().stream().filter(r -> scoped.rack(scope, r)).sorted(Comparator.comparing(Rack::name)).toList();
    }

    /** An agency's account asks for itself; the centre's people for any agency. */
    List<Agency> agencies(Scope scope) {
        return scope.byAgency() ? agencies.find(scope.agencyId()).stream().toList() : agencies.list(false, 500, 0);
    }
}
