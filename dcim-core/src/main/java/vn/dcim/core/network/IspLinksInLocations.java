package vn.dcim.core.network;

import jakarta.inject.Singleton;
import vn.dcim.core.site.CountedOccupant;

/** The Internet links of a site, which keep it from being deleted. */
@Singleton
class IspLinksInLocations extends CountedOccupant {
    IspLinksInLocations(IspLinkRepository links) {
        super("isp-links", links::countBySiteId);
    }
}
