package vn.dcim.core.power;

import jakarta.inject.Singleton;
import vn.dcim.core.site.CountedOccupant;

/** The grid feeds and power chain elements of a site, and those standing in a rack, which keep it from being deleted. */
@Singleton
class PowerInLocations extends CountedOccupant {
    PowerInLocations(PowerFeedRepository feeds, PowerNodeRepository nodes) {
        super("power", site -> feeds.countBySiteId(site) + nodes.countBySiteId(site), null, nodes::countByRackId);
    }
}
