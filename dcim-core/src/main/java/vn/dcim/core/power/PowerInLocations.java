package vn.dcim.core.power;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.site.LocationOccupant;

import java.util.Map;

/** The grid feeds and power chain elements of a site, and those standing in a rack, which keep it from being deleted. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PowerInLocations implements LocationOccupant {
    private final PowerFeedRepository feeds;
    private final PowerNodeRepository nodes;

    @Override
    public Map<String, Long> inSite(String siteId) {
        return Map.of("power", feeds.countBySiteId(siteId) + nodes.countBySiteId(siteId));
    }

    @Override
    public Map<String, Long> inRack(long rackId) {
        return Map.of("power", nodes.countByRackId(rackId));
    }
}
