package vn.dcim.core.notification.escalation;

import io.micronaut.context.BeanProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.alarm.AlarmView;
import vn.dcim.core.alarm.Alarms;
import vn.dcim.core.alarm.Severity;
import vn.dcim.core.alarm.Unacknowledged;
import vn.dcim.core.centre.Centre;
import vn.dcim.core.centre.Centres;
import vn.dcim.core.notification.FirstNotice;
import vn.dcim.core.notification.NotificationTexts;
import vn.dcim.core.notification.channel.NotifiedPerson;
import vn.dcim.core.notification.channel.NotifiedPersonRepository;
import vn.dcim.core.notification.channel.PersonMessages;
import vn.dcim.core.roster.DutyRoster;
import vn.dcim.core.roster.DutyShift;


import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Escalation by the duty roster (Art. 36.3, 30.8c). The first notice of an alarm goes to whoever the
 * roster has on duty now; nobody on duty (or nobody with a contact) sends it to the fallback recipients and
 * records the gap, a compliance finding. An alarm still unacknowledged after its severity's time goes one
 * level up (shift leader, then head of the center), each step in the alarm's history. A level is claimed by
 * a unique row before anyone is told, so two instances (or two runs) never tell the same level twice.
 * Each centre escalates to its own: an alarm of a centre's site goes to those on duty for that centre (and the
 * province's shifts), then to that centre's shift leader and head (and the province's, who have no centre).
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Escalation implements FirstNotice {
    private static final Logger LOG = LoggerFactory.getLogger(Escalation.class);
    private static final int BATCH = 500;
    // the alarms' ids asked about in one statement
    private static final int CHUNK = 1000;

    private final DutyRoster roster;
    private final Centres centres;
    private final NotifiedPersonRepository people;
    private final PersonMessages messages;
    private final AlarmSteps steps;
    private final EscalationPolicy policy;
    private final BeanProvider<Alarms> alarms;
    private final AlarmStepRepository stepTable;
    private final TransactionOperations<java.sql.Connection> transactions;
    private final Unacknowledged unacknowledged;
    private final Clock clock;

    @Override
    public boolean toOnDuty(AlarmView a) {
        Instant now = clock.instant();
        List<String> onDuty = onDuty(a, now).stream().map(DutyShift::operator).distinct().toList();
        if (!steps.claim(a.id(), "notified", 0, null)) {
            return true; // told already
        }
        List<String> told = new ArrayList<>();
        if (!onDuty.isEmpty()) {
            for (NotifiedPerson p : people.findByNameInListAndEnabled(onDuty, true)) {
                told.addAll(messages.tellAlarm(p, a, null));
            }
        }
        if (told.isEmpty()) {
            // Art. 36.3: nobody on duty to tell; the fallback recipients are, and the gap shows as a finding
            steps.settle(a.id(), 0, "fallback", onDuty.isEmpty() ? "nobody on duty" : "no contact of " + String.join(", ", onDuty));
            return false;
        }
        steps.settle(a.id(), 0, "notified", String.join(", ", told));
        return true;
    }

    /**
     * Who is on duty for the alarm: for a site of a centre, that centre's shifts and the province's; for a site of no
     * centre, the province's; for an alarm of no site (the system itself), everyone on duty.
     */
    private List<DutyShift> onDuty(AlarmView a, Instant now) {
        if (a.siteId() == null) {
            return roster.between(now, now.plusMillis(1));
        }
        return roster.covering(now, now.plusMillis(1), centres.centreOf(a.siteId()).map(Centre::id).orElse(null));
    }

    /** One round: every unacknowledged alarm whose time at its level is up goes one level higher; returns how many. */
    public int escalate() {
        Instant now = clock.instant();
        List<Severity> severities = new ArrayList<>();
        for (Severity s : Severity.values()) {
            policy.after(s).ifPresent(d -> severities.add(s));
        }
        if (severities.isEmpty()) {
            return 0;
        }
        List<Due> open = due(unacknowledged.of(severities));
        int escalated = 0;
        for (Due d : open) {
            Duration after = policy.after(d.severity()).orElseThrow();
            if (now.isBefore(d.since().plus(after))) {
                continue;
            }
            try {
                if (Boolean.TRUE.equals(transactions.executeWrite(status -> up(d.alarmId(), d.level() + 1, after)))) {
                    escalated++;
                }
            } catch (RuntimeException e) {
                LOG.warn("Escalating alarm {} failed, tried again next round: {}", d.alarmId(), e.toString());
            }
        }
        return escalated;
    }

    private record Due(long alarmId, Severity severity, int level, Instant since) {
    }

    /**
     * The first {@link #BATCH} of these alarms, by id, with an escalation step below the last level: their latest
     * level and since when (the alarm's steps are this package's; the alarms' states the alarm package's).
     */
    private List<Due> due(List<Unacknowledged.Waiting> waiting) {
        List<Due> out = new ArrayList<>();
        for (int from = 0; from < waiting.size() && out.size() < BATCH; from += CHUNK) {
            List<Unacknowledged.Waiting> part = waiting.subList(from, Math.min(waiting.size(), from + CHUNK));
            java.util.Map<Long, Severity> severity = new java.util.HashMap<>();
            part.forEach(w -> severity.put(w.id(), w.severity()));
            stepTable.levelsBelow(severity.keySet(), policy.levels().size() - 1, BATCH - out.size())
                    .forEach(r -> out.add(new Due(r.alarmId(), severity.get(r.alarmId()), r.level(), r.since())));
        }
        return out;
    }

    private boolean up(long alarmId, int level, Duration after) {
        Optional<AlarmView> alarm = alarms.get().find(alarmId);
        if (alarm.isEmpty() || !steps.claim(alarmId, "escalated", level, null)) {
            return false;
        }
        String position = policy.levels().get(level);
        List<String> told = new ArrayList<>();
        Optional<Centre> centre = alarm.get().siteId() == null ? Optional.empty() : centres.centreOf(alarm.get().siteId());
        // a centre's alarm climbs its own centre's positions (and the province's); the province's alarm every centre's
        List<NotifiedPerson> next = centre.isPresent() ? people.findForCentre(position, centre.get().id())
                : people.findByPositionAndEnabled(position, true);
        for (NotifiedPerson p : next) {
            String levelName = new NotificationTexts(p.language(), clock.getZone()).get("escalation.level." + Math.min(level, 2));
            told.addAll(messages.tellAlarm(p, alarm.get(), "escalation.heading", String.valueOf(alarmId), after.toMinutes(), levelName));
        }
        steps.settle(alarmId, level, "escalated", told.isEmpty() ? "nobody with position " + position : String.join(", ", told));
        return true;
    }
}
