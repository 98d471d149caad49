package vn.dcim.core.asset;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.site.LocationOccupant;

import java.util.Map;

/** The assets standing in a site, a room or a rack, which keep it from being deleted. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AssetsInLocations implements LocationOccupant {
    private final AssetRepository assets;

    @Override
    public Map<String, Long> inSite(String siteId) {
        return Map.of("assets", assets.countBySiteId(siteId));
    }

    @Override
    public Map<String, Long> inRoom(long roomId) {
        return Map.of("assets", assets.countByRoomId(roomId));
    }

    @Override
    public Map<String, Long> inRack(long rackId) {
        return Map.of("assets", assets.countByRackId(rackId));
    }
}
