package vn.dcim.core.network;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.site.LocationOccupant;

import java.util.Map;

/** The Internet links of a site, which keep it from being deleted. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class IspLinksInLocations implements LocationOccupant {
    private final IspLinkRepository links;

    @Override
    public Map<String, Long> inSite(String siteId) {
        return Map.of("isp-links", links.countBySiteId(siteId));
    }
}
