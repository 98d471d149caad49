package vn.dcim.core.licence;

import jakarta.inject.Singleton;
import vn.dcim.core.site.CountedOccupant;

/** The software registered at a site, which keeps it from being deleted. */
@Singleton
class SoftwareInLocations extends CountedOccupant {
    SoftwareInLocations(SoftwareAssetRepository software) {
        super("software", software::countBySiteId);
    }
}
