package vn.dcim.core.device;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetRegistry;
import vn.dcim.core.site.LocationOccupant;

import java.util.List;
import java.util.Map;

/**
 * The monitored devices of a site, and those placed in a room or a rack, which keep it from being deleted; and of a
 * rack's assets, those a device watches.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DevicesInLocations implements LocationOccupant {
    private final MonitoredDeviceRepository devices;
    private final AssetRegistry assets;

    @Override
    public Map<String, Long> inSite(String siteId) {
        return Map.of("devices", devices.countBySiteId(siteId));
    }

    @Override
    public Map<String, Long> inRoom(long roomId) {
        return Map.of("devices", devices.countPlacedInRoom(roomId));
    }

    @Override
    public Map<String, Long> inRack(long rackId) {
        return Map.of("devices", devices.countPlacedInRack(rackId));
    }

    @Override
    public long monitoredInRack(long rackId) {
        List<Long> ids = assets.inRack(rackId).stream().map(Asset::id).toList();
        return ids.isEmpty() ? 0 : devices.countByAssetIdInList(ids);
    }
}
