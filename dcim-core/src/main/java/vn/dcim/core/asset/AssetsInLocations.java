package vn.dcim.core.asset;

import jakarta.inject.Singleton;
import vn.dcim.core.site.CountedOccupant;

/** The assets standing in a site, a room or a rack, which keep it from being deleted. */
@Singleton
class AssetsInLocations extends CountedOccupant {
    AssetsInLocations(AssetRepository assets) {
        super("assets", assets::countBySiteId, assets::countByRoomId, assets::countByRackId);
    }
}
