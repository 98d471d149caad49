package vn.dcim.web.api.dashboard;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.maintenance.WorkOrders;
import vn.dcim.core.network.IspLinks;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.maintenance.MaintenancePlan;
import vn.dcim.core.network.IspLink;
import vn.dcim.core.network.IspLinkCheck;
import vn.dcim.core.network.LinkAvailability;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** The shift's other business on the dashboard: ISP links (Art. 6.6) and work orders in progress. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SiteDuty {
    private final WorkOrders workOrders;
    private final IspLinks links;
    private final LinkAvailability availability;
    private final Clock clock;

    List<CockpitView.Isp> isp(String siteId) {
        List<IspLink> site = links.ofSite(siteId);
        if (site.isEmpty()) {
            return List.of();
        }
        List<LinkAvailability.Row> month = availability.month(YearMonth.now(clock));
        return site.stream().map(l -> {
            IspLinkCheck last = links.lastCheck(l.id()).orElse(null);
            Double pct = month.stream().filter(r -> r.linkId() == l.id()).findFirst()
                    .map(LinkAvailability.Row::availabilityPct).orElse(null);
            return new CockpitView.Isp(l.provider(), last == null ? null : last.up(), last == null ? null : last.latencyMs(),
                    last == null ? null : last.ts(), pct);
        }).toList();
    }

    /** Orders being worked on now, on the site's equipment or on no particular asset. */
    List<CockpitView.Work> workOrders(Map<Long, Asset> siteAssets) {
        return workOrders.inProgress().stream()
                .filter(w -> w.assetId() == null || siteAssets.containsKey(w.assetId()))
                .map(w -> new CockpitView.Work(w.id(), w.planId() == null ? String.valueOf(w.title())
                        : workOrders.plan(w.planId()).map(MaintenancePlan::name).orElse("#" + w.planId()),
                        w.status().name(), w.crew(), w.assetId()))
                .toList();
    }
}
