package vn.dcim.web.api.dashboard;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.site.LocationRegistry;
import vn.dcim.core.site.Site;

/**
 * Puts a site's cockpit together from the registry and today's readings (Art. 30.8a): the site's facts read once,
 * then the power chain, the equipment, the rooms' climate and the duty each by its own reader.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SiteCockpit {
    private final LocationRegistry locations;
    private final SiteFacts facts;
    private final PowerChainCards power;
    private final EquipmentCards equipment;
    private final SiteClimate climate;
    private final SiteDuty duty;

    /** Refuses a site that does not exist (404, as the live view does). */
    void requireSite(String siteId) {
        if (locations.site(siteId).isEmpty()) {
            throw new NotFoundException("site", siteId);
        }
    }

    CockpitView of(String siteId, vn.dcim.web.i18n.Shown shown) {
        Site site = locations.site(siteId).orElseThrow(() -> new NotFoundException("site", siteId));
        SiteFacts.Facts read = facts.of(siteId);
        PowerChainCards.Chain chain = power.of(siteId, read, shown);
        return new CockpitView(site.id(), site.name(), read.at(), chain.elements(), chain.links(),
                equipment.of("precision_cooling", read),
                climate.rooms(siteId, read.devices(), read.assets()),
                equipment.of("door_controller", read),
                equipment.of("camera", read),
                duty.isp(siteId), read.bySeverity(), duty.workOrders(read.assets()), PowerUsage.of(chain.elements()),
                chain.outage(), chain.demoSchedule());
    }
}
