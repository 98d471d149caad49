package vn.dcim.core.power;

import io.micronaut.runtime.event.annotation.EventListener;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.alarm.AlarmChanged;
import vn.dcim.core.alarm.AlarmUpdates;
import vn.dcim.core.alarm.Severity;
import vn.dcim.core.alarm.SymptomRoots;
import vn.dcim.core.schedule.DutyOutcome;
import vn.dcim.core.schedule.DutyPlan;
import vn.dcim.core.schedule.RegulationDuty;
import vn.dcim.core.site.LocationRegistry;
import vn.dcim.core.site.Site;
import vn.dcim.core.text.Phrase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The site's "grid lost" (Art. 6.4, 30.8g): one root alarm of the site itself while its feeds measure no voltage (the
 * same {@link GridOutages} as the dashboard's banner), raised as the first-out of the outage (ISA-18.2, EEMUA 191).
 * What the backup does by design meanwhile (UPSs on battery, the ATS without its source, the generator running:
 * suppression/symptoms.yml {@code through: site}) is filed under it, recorded and acknowledgeable, and not notified
 * on its own. Its priority is the cause's, critical, so that an alarm of another cause does not sort above it for
 * being newer. It clears when the mains return.
 *
 * <p>Checked every 15 s, and at once for a site whose device raised one of the alarms it would hold (a UPS on battery
 * is often polled before the ATS shows the lost feed; the other way round, the root takes it when it comes).
 */
@DutyPlan(id = "grid-loss-root", cron = "0/15 * * * * ?",
        description = "Art. 6.4, 30.8g: one 'grid lost' alarm of a site while its feeds have no voltage, "
                + "holding its UPS, ATS and generator alarms")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class GridLossRoots extends RegulationDuty {
    /** The rule of the site's root alarm; its source is the site's id. */
    public static final String RULE = "grid-lost";
    private static final Logger LOG = LoggerFactory.getLogger(GridLossRoots.class);

    private final LocationRegistry locations;
    private final PowerChains chains;
    private final GridOutages outages;
    private final AlarmUpdates alarms;
    private final SymptomRoots roots;

    @Override
    public DutyOutcome run(Instant now) {
        List<String> lost = new ArrayList<>();
        for (Site site : locations.sites()) {
            if (check(site)) {
                lost.add(site.name());
            }
        }
        return lost.isEmpty() ? DutyOutcome.ok("Every site has its grid")
                : DutyOutcome.warning("Grid lost at " + String.join(", ", lost));
    }

    /** A device of a site raised or cleared what a grid loss explains: the site is checked now, not at the next run. */
    @EventListener
    void onAlarm(AlarmChanged event) {
        // a reopened one too (a second outage within the flap window re-opens the UPS's alarm instead of raising it);
        // a cleared one: the UPS back on mains, the root clears now if the feeds have their voltage again
        boolean changed = event.change() == AlarmChanged.Change.raised || event.change() == AlarmChanged.Change.reopened
                || event.change() == AlarmChanged.Change.cleared;
        if (!changed || event.alarm().siteId() == null || !explained().contains(event.alarm().ruleId())) {
            return;
        }
        try {
            locations.site(event.alarm().siteId()).ifPresent(this::check);
        } catch (RuntimeException e) {
            // the next run checks the site again
            LOG.warn("Could not check the grid of site {}: {}", event.alarm().siteId(), e.toString());
        }
    }

    /** Raises or clears the site's root; true while its grid is lost. */
    boolean check(Site site) {
        Optional<GridOutage> outage = outages.of(chains.of(site.id()));
        alarms.tell(site.id(), RULE, "0", Severity.critical, "Art. 6.4", outage.map(o -> Phrase.of("alarm.text.grid.lost",
                "Art. 6.4: grid lost at {0}: no voltage on {1}", site.name(), String.join(", ", o.lostFeeds()))).orElse(null));
        return outage.isPresent();
    }

    private Set<String> explained() {
        return roots.explainedOnTheSite(RULE);
    }
}
