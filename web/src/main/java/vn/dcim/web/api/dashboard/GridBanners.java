package vn.dcim.web.api.dashboard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.site.LocationRegistry;
import vn.dcim.core.power.GridOutages;
import vn.dcim.core.power.PowerChains;
import vn.dcim.web.i18n.Shown;

import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's grid-lost banner and the demo's outage schedule, for the screens other than the
 * dashboard that must show them too (the alarm console; Art. 30.8a: the state of the power
 * supply on the operator's screen while it lasts). The same sentences as the dashboard's, from the same
 * {@link GridOutages} and {@link DemoSchedule}: nothing is worked out a second time.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class GridBanners {
    private final LocationRegistry locations;
    private final PowerChains chains;
    private final GridOutages outages;
    private final DemoSchedule demo;

    /** One site's banner: the outage's sentence while the grid is lost, the demo's schedule on the demo site. */
    @Serdeable
    public record Banner(String siteId, String siteName, @Nullable String outage, @Nullable String demoSchedule) {
    }

    /** Every site that has something to say (an outage now, or the demo's schedule), in the reader's language. */
    public List<Banner> of(Shown shown) {
        List<Banner> out = new ArrayList<>();
        locations.sites().forEach(site -> {
            String outage = outages.of(chains.of(site.id())).map(o -> PowerChainCards.outage(o, shown).said()).orElse(null);
            String schedule = demo.schedule(site.id(), shown);
            if (outage != null || schedule != null) {
                out.add(new Banner(site.id(), site.name(), outage, schedule));
            }
        });
        return out;
    }
}
