package vn.dcim.core.incident;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import vn.dcim.core.alarm.AlarmChanged;
import vn.dcim.core.alarm.AlarmFilter;
import vn.dcim.core.alarm.Alarms;
import vn.dcim.core.alarm.AlarmView;
import vn.dcim.core.db.Jdbc;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns alarms into incidents (Art. 30.8g): an alarm joins the active incident of its site and chain
 * (grid loss → UPS on battery → generator start) if that incident's last alarm is within the chain's
 * window; otherwise a serious one opens a new incident. Suppressed alarms (maintenance) open nothing.
 */
@Singleton
class IncidentCorrelator {
    private final Incidents incidents;
    private final IncidentChains chains;
    private final IncidentPolicy policy;
    private final IncidentLinks links;
    private final Alarms alarms;
    private final Jdbc jdbc;

    IncidentCorrelator(Incidents incidents, IncidentChains chains, IncidentPolicy policy, IncidentLinks links, Alarms alarms, Jdbc jdbc) {
        this.jdbc = jdbc;
        this.incidents = incidents;
        this.chains = chains;
        this.policy = policy;
        this.links = links;
        this.alarms = alarms;
    }

    /** One transaction per alarm: an incident is opened with its links, journal and notifications, or not at all. */
    @EventListener
    synchronized void onAlarm(AlarmChanged event) {
        jdbc.inTransaction(() -> {
            follow(event);
            return null;
        });
    }

    private void follow(AlarmChanged event) {
        AlarmView alarm = event.alarm();
        switch (event.change()) {
            case raised -> correlate(alarm);
            case reopened -> links.incidentOf(alarm.id()).ifPresent(id -> incidents.note(id, JournalEntry.Kind.alarm,
                    "Alarm back again (flap " + alarm.flaps() + "): " + describe(alarm)));
            case acknowledged -> links.incidentOf(alarm.id()).ifPresent(id -> incidents.note(id, JournalEntry.Kind.alarm,
                    "Alarm acknowledged by " + alarm.acknowledgedBy() + (alarm.ackNote() == null ? "" : ": " + alarm.ackNote())
                            + " — " + describe(alarm)));
            case cleared -> links.incidentOf(alarm.id()).ifPresent(id -> incidents.note(id, JournalEntry.Kind.alarm,
                    "Alarm cleared: " + describe(alarm)));
        }
    }

    private void correlate(AlarmView alarm) {
        if (alarm.suppressed()) {
            return;
        }
        IncidentLevel level = policy.levelOf(alarm);
        Optional<IncidentChain> chain = chains.chainOf(alarm.ruleId());
        Duration window = chain.map(IncidentChain::window).orElse(IncidentChains.DEFAULT_WINDOW);
        Optional<Incident> joined = incidents.activeSince(alarm.raisedAt().minus(window)).stream()
                .filter(i -> Objects.equals(i.siteId(), alarm.siteId()))
                .filter(i -> chain.isPresent() ? chain.get().id().equals(i.chainId())
                        : i.chainId() == null && links.sources(i.id()).contains(alarm.source()))
                .findFirst();
        if (joined.isPresent()) {
            Incident incident = incidents.attach(joined.get(), alarm.id(), "Alarm raised: " + describe(alarm), level);
            haltCheck(incident, chain);
        } else if (level.atLeast(IncidentLevel.serious)) {
            String title = chain.map(IncidentChain::title).orElse(alarm.message());
            Incident incident = incidents.open(title, alarm.siteId(), chain.map(IncidentChain::id).orElse(null), level,
                    List.of(alarm.id()), Incidents.SYSTEM);
            incidents.note(incident.id(), JournalEntry.Kind.alarm, "Alarm raised: " + describe(alarm));
            if (chain.isPresent()) {
                incident = joinEarlierAlarms(incident, chain.get(), alarm);
            }
            haltCheck(incident, chain);
        }
    }

    /** The chain's alarms that led up to it (grid loss, UPS on battery) belong to the incident too. */
    private Incident joinEarlierAlarms(Incident incident, IncidentChain chain, AlarmView trigger) {
        List<AlarmView> earlier = alarms.list(new AlarmFilter("active", null, null, null, trigger.siteId()), 200, 0);
        for (AlarmView a : earlier) {
            if (a.id() != trigger.id() && !a.suppressed() && chain.contains(a.ruleId()) && Objects.equals(a.siteId(), trigger.siteId())
                    && !a.raisedAt().isBefore(trigger.raisedAt().minus(chain.window())) && links.incidentOf(a.id()).isEmpty()) {
                incident = incidents.attach(incident, a.id(), "Earlier alarm of the chain: " + describe(a), policy.levelOf(a));
            }
        }
        return incident;
    }

    /** Art. 13.2c: a chain's combination that stops the center makes the incident especially serious. */
    private void haltCheck(Incident incident, Optional<IncidentChain> chain) {
        if (chain.isPresent() && incident.level() != IncidentLevel.especially_serious
                && chain.get().haltsTheCenter(links.ruleIds(incident.id()))) {
            incidents.classify(incident.id(), IncidentLevel.especially_serious, Incidents.SYSTEM,
                    "alarms together mean the center's operation is halted (Art. 13.2c)");
        }
    }

    private static String describe(AlarmView a) {
        return a.source() + " " + a.ruleId() + (a.instance().equals("0") ? "" : " [" + a.instance() + "]") + " (" + a.severity()
                + ", " + a.article() + "): " + a.message();
    }
}
