package vn.dcim.core.site;

import java.util.Map;

/**
 * A feature whose things stand in sites, rooms or racks, and so keep them from being deleted. Each feature counts its
 * own things in its own tables; the location registry only adds up what they answer, so a site never reads another
 * feature's table.
 */
public interface LocationOccupant {

    /** How many of the feature's things stand in the site, by the kind a refusal names them ("assets", "power"…). */
    Map<String, Long> inSite(String siteId);

    /** As {@link #inSite}, in the room. */
    default Map<String, Long> inRoom(long roomId) {
        return Map.of();
    }

    /** As {@link #inSite}, in the rack. */
    default Map<String, Long> inRack(long rackId) {
        return Map.of();
    }

    /** Of the rack's assets, those a monitored device watches: a refusal tells them apart, they go dark when moved. */
    default long monitoredInRack(long rackId) {
        return 0;
    }
}
