package vn.dcim.core.licence;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.site.LocationOccupant;

import java.util.Map;

/** The software registered at a site, which keeps it from being deleted. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SoftwareInLocations implements LocationOccupant {
    private final SoftwareAssetRepository software;

    @Override
    public Map<String, Long> inSite(String siteId) {
        return Map.of("software", software.countBySiteId(siteId));
    }
}
