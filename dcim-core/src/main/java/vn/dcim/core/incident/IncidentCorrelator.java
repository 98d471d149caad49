package vn.dcim.core.incident;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.alarm.AlarmChanged;
import vn.dcim.core.alarm.AlarmFilter;
import vn.dcim.core.alarm.Alarms;
import vn.dcim.core.alarm.AlarmView;
import vn.dcim.core.alarm.SymptomRoots;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.text.Phrase;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns alarms into incidents (Art. 30.8g): an alarm joins the active incident of its site and chain
 * (grid loss → UPS on battery → generator start) if that incident's last alarm is within the chain's
 * window and its device is related by cause to the incident's devices (the power branch, the
 * room; never the rule's name alone); otherwise a serious one opens a new incident. Suppressed alarms (maintenance) open nothing.
 * An alarm its own device's drop would explain (video loss, not recording) opens its incident only once the settle
 * time passed without that drop ({@link SettledSymptoms}): a camera that merely dropped out is no serious incident.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class IncidentCorrelator {
    private final Incidents incidents;
    private final IncidentChains chains;
    private final IncidentPolicy policy;
    private final IncidentLinks links;
    private final Alarms alarms;
    private final Jdbc jdbc;
    private final CauseRelations relations;
    private final SymptomRoots roots;
    private final IncidentSettings settings;
    private final Clock clock;

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
            case raised -> correlate(alarm, false);
            // one held out of a window is detected now; one that waited for its cause in vain, when it was raised
            case released -> correlate(alarm, alarm.windowId() == null);
            case reopened -> links.incidentOf(alarm.id()).ifPresent(id -> incidents.note(id, JournalEntry.Kind.alarm,
                    line("journal.alarm.back", "Alarm back again (flap {5}): ", alarm, alarm.flaps())));
            case acknowledged -> links.incidentOf(alarm.id()).ifPresent(id -> incidents.note(id, JournalEntry.Kind.alarm,
                    alarm.ackNote() == null || alarm.ackNote().isBlank()
                            ? line("journal.alarm.acknowledged", "Alarm acknowledged by {5} — ", alarm, alarm.acknowledgedBy())
                            : line("journal.alarm.acknowledged.note", "Alarm acknowledged by {5}: {6} — ", alarm, alarm.acknowledgedBy(),
                                    alarm.ackNote())));
            case cleared -> links.incidentOf(alarm.id()).ifPresent(id -> incidents.note(id, JournalEntry.Kind.alarm,
                    line("journal.alarm.cleared", "Alarm cleared: ", alarm)));
        }
    }

    /**
     * An alarm held back by the settle time, once it passed: it opens or joins an incident as it would have when
     * raised, detected when it was raised. Nothing when it is in an incident already (another instance, a restart).
     */
    synchronized void settled(AlarmView alarm) {
        jdbc.inTransaction(() -> {
            if (links.incidentOf(alarm.id()).isEmpty()) {
                correlate(alarm, true);
            }
            return null;
        });
    }

    private void correlate(AlarmView alarm, boolean settled) {
        if (alarm.suppressed()) {
            // A symptom is filed in its root's incident, without raising its level (the root decides that)
            if (alarm.rootAlarmId() != null) {
                links.incidentOf(alarm.rootAlarmId()).flatMap(incidents::find).ifPresent(i -> incidents.attach(i, alarm.id(),
                        line("journal.alarm.symptom", "Symptom of alarm #{5}: ", alarm, alarm.rootAlarmId()), IncidentLevel.ordinary));
            }
            return;
        }
        IncidentLevel level = policy.levelOf(alarm);
        Optional<IncidentChain> chain = chains.chainOf(alarm.ruleId());
        if (chain.isEmpty() && joinAsConsequence(alarm, level)) {
            return;
        }
        Duration window = chain.map(IncidentChain::window).orElse(IncidentChains.DEFAULT_WINDOW);
        // Art. 30.8g: an alarm joins an incident of its chain only when its device shares a cause
        // with the incident's devices (same power branch, the element that feeds it, the same room)
        Optional<Incident> joined = incidents.activeSince(alarm.raisedAt().minus(window)).stream()
                .filter(i -> Objects.equals(i.siteId(), alarm.siteId()))
                .filter(i -> chain.isPresent()
                        ? chain.get().id().equals(i.chainId()) && alarm.siteId() != null
                                && relations.related(chain.get().relation(), alarm.siteId(), alarm.source(), links.sources(i.id()))
                        : i.chainId() == null && links.sources(i.id()).contains(alarm.source()))
                .findFirst();
        if (joined.isPresent()) {
            Incident incident = incidents.attach(joined.get(), alarm.id(), raised(alarm), level);
            incident = fileItsSymptoms(incident, alarm);
            haltCheck(incident, chain);
        } else if (level.atLeast(IncidentLevel.serious) && (settled || !waitsForItsDrop(alarm))) {
            String title = chain.map(IncidentChain::title).orElse(alarm.message());
            Incident incident = incidents.open(title, alarm.siteId(), chain.map(IncidentChain::id).orElse(null), level,
                    List.of(alarm.id()), Incidents.SYSTEM, settled ? alarm.raisedAt() : clock.instant());
            incidents.note(incident.id(), JournalEntry.Kind.alarm, raised(alarm));
            if (chain.isPresent()) {
                incident = joinEarlierAlarms(incident, chain.get(), alarm);
            }
            incident = fileItsSymptoms(incident, alarm);
            haltCheck(incident, chain);
        }
    }

    /**
     * QĐ 11/2023 Điều 13 khoản 2: whether the center is affected is not known yet when a camera says "video lost":
     * its own drop ("offline", unreachable) often follows within seconds, and then the loss is only the camera gone.
     */
    private boolean waitsForItsDrop(AlarmView alarm) {
        Duration settle = settings.symptomSettle();
        return !settle.isZero() && roots.explainedByTheirOwnDrop().contains(alarm.ruleId())
                && clock.instant().isBefore(alarm.raisedAt().plus(settle));
    }

    /**
     * A device unreachable or silent joins a power incident only when it lost its power through one of the
     * incident's devices; it never opens one (a camera missing one poll is no power incident).
     */
    private boolean joinAsConsequence(AlarmView alarm, IncidentLevel level) {
        if (alarm.siteId() == null) {
            return false;
        }
        for (IncidentChain chain : chains.consequenceOf(alarm.ruleId())) {
            Optional<Incident> cause = incidents.activeSince(alarm.raisedAt().minus(chain.window())).stream()
                    .filter(i -> Objects.equals(i.siteId(), alarm.siteId()) && chain.id().equals(i.chainId()))
                    .filter(i -> relations.fedBy(alarm.siteId(), alarm.source(), links.sources(i.id())))
                    .findFirst();
            if (cause.isPresent()) {
                incidents.attach(cause.get(), alarm.id(), line("journal.alarm.consequence", "Lost its power in this incident: ", alarm), level);
                return true;
            }
        }
        return false;
    }

    /** The chain's alarms that led up to it (grid loss, UPS on battery) belong to the incident too, when related by cause. */
    private Incident joinEarlierAlarms(Incident incident, IncidentChain chain, AlarmView trigger) {
        List<AlarmView> earlier = alarms.list(new AlarmFilter("active", null, null, null, trigger.siteId()), 200, 0);
        List<String> devices = new java.util.ArrayList<>(List.of(trigger.source()));
        for (AlarmView a : earlier) {
            if (a.id() != trigger.id() && !a.suppressed() && chain.contains(a.ruleId()) && Objects.equals(a.siteId(), trigger.siteId())
                    && !a.raisedAt().isBefore(trigger.raisedAt().minus(chain.window())) && links.incidentOf(a.id()).isEmpty()
                    && relations.related(chain.relation(), trigger.siteId(), a.source(), devices)) {
                incident = incidents.attach(incident, a.id(), line("journal.alarm.earlier", "Earlier alarm of the chain: ", a), policy.levelOf(a));
                devices.add(a.source());
            }
        }
        return incident;
    }

    /**
     * A root takes the alarms raised before it that it explains (the site's grid lost: the UPSs on battery waiting for
     * their cause): they are filed in its incident as its symptoms, as those raised after it are.
     */
    private Incident fileItsSymptoms(Incident incident, AlarmView root) {
        for (AlarmView s : alarms.symptomsOf(root.id())) {
            if (s.closedAt() == null && links.incidentOf(s.id()).isEmpty()) {
                incident = incidents.attach(incident, s.id(), line("journal.alarm.symptom", "Symptom of alarm #{5}: ", s, root.id()),
                        IncidentLevel.ordinary);
            }
        }
        return incident;
    }

    /** Art. 13.2c: a chain's combination that stops the center makes the incident especially serious. */
    private void haltCheck(Incident incident, Optional<IncidentChain> chain) {
        if (chain.isPresent() && incident.level() != IncidentLevel.especially_serious
                && chain.get().haltsTheCenter(links.ruleIds(incident.id()))) {
            incidents.halted(incident.id());
        }
    }

    private static Phrase raised(AlarmView alarm) {
        return line("journal.alarm.raised", "Alarm raised: ", alarm);
    }

    /**
     * A journal line about an alarm: {@code lead} then "{1} ({2}, {3}): {4}" — {0} the alarm's id, {1} what raised it
     * (source, rule, instance), {2} its severity, {3} its article, {4} its text as stored (a screen tells the
     * alarm's own text in its reader's language by the id), {5}, {6} the extra arguments.
     */
    private static Phrase line(String key, String lead, AlarmView a, Object... extra) {
        String what = a.source() + " " + a.ruleId() + (a.instance().equals("0") ? "" : " [" + a.instance() + "]");
        Object[] args = new Object[5 + extra.length];
        args[0] = a.id();
        args[1] = what;
        args[2] = Phrase.enumValue("severity", a.severity());
        args[3] = a.article();
        args[4] = a.message();
        System.arraycopy(extra, 0, args, 5, extra.length);
        return Phrase.of(key, lead + "{1} ({2}, {3}): {4}", args);
    }
}
