package vn.dcim.web.ui.maintenance;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.device.MonitoredDevices;
import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.core.site.LocationRegistry;
import vn.dcim.core.site.Rack;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What a supervisor may make a work order for by hand (Art. 14.3): a monitored device or a rack, of the account's
 * scope for a limited account (the order is then one it sees).
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WorkTargets {
    private final MonitoredDevices devices;
    private final LocationRegistry locations;
    private final ScopedEquipment scoped;

    /** The devices and racks the form offers, by name. */
    record Targets(List<MonitoredDevice> devices, List<Rack> racks) {
    }

    Targets of(Scope scope) {
        Set<Long> racksInScope = scope.limited() ? scoped.rackIdsOf(scope) : null;
        return new Targets(
                devices.all().stream().filter(d -> scoped.device(scope, d)).sorted(Comparator.comparing(MonitoredDevice::name)).toList(),
                locations.racks().stream().filter(r -> racksInScope == null || racksInScope.contains(r.id()))
                        .sorted(Comparator.comparing(Rack::name)).toList());
    }

    /** A rack a limited account's order may be made for. */
    boolean rackInScope(Scope scope, long rackId) {
        return scoped.rackIdsOf(scope).contains(rackId);
    }
}
