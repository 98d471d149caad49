package vn.dcim.web.ui.rack;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetRegistry;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.device.MonitoredDevices;
import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedEquipment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads what a rack holds for a reader, and the monitored endpoint of each piece of equipment in it. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RackContents {
    private final AssetRegistry assets;
    private final MonitoredDevices devices;
    private final ScopedEquipment scoped;

    /** The equipment of a rack the reader's scope reaches, and the first endpoint of each that has one. */
    record Contents(List<Asset> inRack, Map<Long, String> deviceOf) {
    }

    Contents of(long rackId, Scope scope) {
        // an agency sees its own equipment in a rack it shares, the rest of the rack as free or taken U only
        List<Asset> inRack = assets.inRack(rackId).stream().filter(a -> scoped.asset(scope, a)).toList();
        Map<Long, String> deviceOf = new HashMap<>();
        for (Asset a : inRack) {
            devices.ofAsset(a.id()).stream().findFirst().map(MonitoredDevice::id).ifPresent(d -> deviceOf.put(a.id(), d));
        }
        return new Contents(inRack, deviceOf);
    }
}
