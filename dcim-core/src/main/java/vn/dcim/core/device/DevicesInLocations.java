package vn.dcim.core.device;

import jakarta.inject.Singleton;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetRegistry;
import vn.dcim.core.site.CountedOccupant;

import java.util.List;

/**
 * The monitored devices of a site, and those placed in a room or a rack, which keep it from being deleted; and of a
 * rack's assets, those a device watches.
 */
@Singleton
class DevicesInLocations extends CountedOccupant {
    private final MonitoredDeviceRepository devices;
    private final AssetRegistry assets;

    DevicesInLocations(MonitoredDeviceRepository devices, AssetRegistry assets) {
        super("devices", devices::countBySiteId, devices::countPlacedInRoom, devices::countPlacedInRack);
        this.devices = devices;
        this.assets = assets;
    }

    @Override
    public long monitoredInRack(long rackId) {
        List<Long> ids = assets.inRack(rackId).stream().map(Asset::id).toList();
        return ids.isEmpty() ? 0 : devices.countByAssetIdInList(ids);
    }
}
