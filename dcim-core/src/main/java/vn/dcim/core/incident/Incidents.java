package vn.dcim.core.incident;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Incident tickets (Art. 13.3, 30.8g): opened by the correlation or by hand, classified, escalated,
 * journaled, and closed only with a root cause and, once serious, the pre-fix backup confirmed
 * (Art. 13.3a).
 *
 * <p>Each change is one transaction: the ticket, its journal lines, its alarm links and the
 * notifications planned for it (the {@link IncidentChanged} listeners run before the commit) are
 * stored together or not at all.
 */
@Singleton
public class Incidents {
    static final String SYSTEM = "system";

    private final IncidentRepository incidents;
    private final JournalRepository journal;
    private final IncidentLinks links;
    private final Clock clock;
    private final ApplicationEventPublisher<IncidentChanged> events;

    Incidents(IncidentRepository incidents, JournalRepository journal, IncidentLinks links, Clock clock,
              ApplicationEventPublisher<IncidentChanged> events) {
        this.incidents = incidents;
        this.journal = journal;
        this.links = links;
        this.clock = clock;
        this.events = events;
    }

    public Optional<Incident> find(long id) {
        return incidents.findById(id);
    }

    public Page<Incident> list(@Nullable IncidentStatus status, int limit, int offset) {
        Pageable page = Pageable.from(offset / Math.max(1, limit), limit, Sort.of(Sort.Order.desc("openedAt")));
        return status == null ? incidents.findAll(page) : incidents.findByStatusInList(List.of(status), page);
    }

    /** The incidents that hold an alarm of this device, newest first (the device page, issue 19). */
    public List<Incident> ofDevice(String deviceId, int limit) {
        return links.incidentsOfSource(deviceId).stream().limit(limit).map(incidents::findById)
                .flatMap(Optional::stream).toList();
    }

    public List<JournalEntry> journal(long id) {
        return journal.findByIncidentIdOrderById(id);
    }

    public List<Long> alarmIds(long id) {
        return links.alarmIds(id);
    }

    /** Active incidents whose last alarm came at or after {@code since}, newest first. */
    List<Incident> activeSince(Instant since) {
        return incidents.findByStatusInListAndLastAlarmAtGreaterThanEqualsOrderByOpenedAtDesc(
                EnumSet.of(IncidentStatus.open, IncidentStatus.in_progress), since);
    }

    /** Opens an incident; the alarms given are linked to it (an alarm already in another incident stays there). */
    @Transactional
    public Incident open(String title, @Nullable String siteId, @Nullable String chainId, IncidentLevel level,
                         List<Long> alarmIds, String by) {
        Instant now = clock.instant();
        Incident incident = incidents.save(new Incident(null, siteId, title, chainId, level, level.suggestedSecurityLevel(),
                IncidentStatus.open, null, null, null, false, null, null, now, now, null, null, null));
        write(incident.id(), by, JournalEntry.Kind.opened, "Opened at level " + level + " (Art. 13.2): " + title);
        for (Long alarmId : alarmIds) {
            links.link(incident.id(), alarmId);
        }
        publish(incident, IncidentChanged.Change.opened);
        return escalateIfDue(incident);
    }

    /** Links a further alarm and raises the level when it warrants more; the level never drops by itself. */
    @Transactional
    Incident attach(Incident incident, long alarmId, String what, IncidentLevel suggested) {
        if (!links.link(incident.id(), alarmId)) {
            return incident;
        }
        write(incident.id(), SYSTEM, JournalEntry.Kind.alarm, what);
        Incident updated = incidents.update(incident.withLastAlarmAt(clock.instant()));
        return suggested.compareTo(updated.level()) > 0 ? raiseLevel(updated, suggested, SYSTEM, "correlated alarm: " + what) : updated;
    }

    @Transactional
    void note(long incidentId, JournalEntry.Kind kind, String text) {
        write(incidentId, SYSTEM, kind, text);
    }

    @Transactional
    public JournalEntry addNote(long id, String by, String text) {
        require(id);
        return write(id, by, JournalEntry.Kind.note, text);
    }

    /** Operator's classification; raising it escalates, lowering it is journaled with who did it. */
    @Transactional
    public Incident classify(long id, IncidentLevel level, String by, @Nullable String why) {
        Incident incident = require(id);
        if (level == incident.level()) {
            return incident;
        }
        if (level.compareTo(incident.level()) > 0) {
            return raiseLevel(incident, level, by, why == null ? "reclassified" : why);
        }
        write(id, by, JournalEntry.Kind.level, "Level lowered from " + incident.level() + " to " + level + (why == null ? "" : ": " + why));
        return incidents.update(incident.reclassified(level));
    }

    @Transactional
    public Incident edit(long id, String by, IncidentEdit edit) {
        Incident incident = require(id);
        if (incident.status() == IncidentStatus.closed) {
            throw new ConflictException("status", "incident " + id + " is closed").explained("error.incident.closed", id);
        }
        List<String> changes = new ArrayList<>();
        changed(changes, "assignee", incident.assignee(), edit.assignee());
        changed(changes, "status", incident.status(), edit.status());
        changed(changes, "root cause", incident.rootCause(), edit.rootCause());
        changed(changes, "resolution", incident.resolution(), edit.resolution());
        changed(changes, "security level (Art. 34.1)", incident.securityLevel(), edit.securityLevel());
        if (edit.status() == IncidentStatus.closed) {
            throw new ConflictException("status", "close the incident with POST /api/incidents/" + id + "/close")
                    .explained("error.incident.close-separately");
        }
        Incident updated = incidents.update(incident.edited(edit.assignee(), edit.status(), edit.rootCause(), edit.resolution(),
                edit.securityLevel()));
        if (!changes.isEmpty()) {
            write(id, by, edit.status() != null && edit.status() != incident.status() ? JournalEntry.Kind.status : JournalEntry.Kind.note,
                    String.join("; ", changes));
            publish(updated, IncidentChanged.Change.updated);
        }
        return updated;
    }

    /** Art. 13.3a: data backed up before the fix. */
    @Transactional
    public Incident confirmBackup(long id, String by, @Nullable String where) {
        Incident incident = require(id);
        if (incident.backupDone()) {
            return incident;
        }
        write(id, by, JournalEntry.Kind.backup, "Art. 13.3a: data backed up before the fix" + (where == null ? "" : " (" + where + ")"));
        return incidents.update(incident.backedUp(by, clock.instant()));
    }

    @Transactional
    public Incident close(long id, String by, @Nullable String rootCause, @Nullable String resolution) {
        Incident incident = require(id);
        if (incident.status() == IncidentStatus.closed) {
            return incident;
        }
        String cause = rootCause != null && !rootCause.isBlank() ? rootCause : incident.rootCause();
        if (cause == null || cause.isBlank()) {
            throw new ConflictException("rootCause", "an incident is closed with its root cause (Art. 13.3c)")
                    .explained("error.incident.root-cause");
        }
        if (incident.level().atLeast(IncidentLevel.serious) && !incident.backupDone()) {
            throw new ConflictException("backupDone", "Art. 13.3a: confirm that data was backed up before the fix first")
                    .explained("error.incident.backup-first");
        }
        Incident closing = incident.edited(null, null, cause, resolution, null).closed(by, clock.instant());
        Incident closed = incidents.update(closing);
        write(id, by, JournalEntry.Kind.closed, "Closed. Root cause: " + cause + (resolution == null ? "" : ". Resolution: " + resolution));
        publish(closed, IncidentChanged.Change.closed);
        return closed;
    }

    private Incident raiseLevel(Incident incident, IncidentLevel level, String by, String why) {
        write(incident.id(), by, JournalEntry.Kind.level, "Level raised from " + incident.level() + " to " + level + ": " + why);
        return escalateIfDue(incidents.update(incident.withLevel(level)));
    }

    /** Reports upwards once per level reached (Art. 7.4, 13.2b, 13.2c); notifications deliver the report. */
    private Incident escalateIfDue(Incident incident) {
        if (!incident.level().atLeast(IncidentLevel.serious)
                || (incident.escalatedLevel() != null && incident.escalatedLevel().atLeast(incident.level()))) {
            return incident;
        }
        String to = incident.level() == IncidentLevel.especially_serious
                ? "management body (Art. 13.2b) and quick report to the provincial People's Committee (Art. 13.2c)"
                : "management body (Art. 7.4, 13.2b)";
        write(incident.id(), SYSTEM, JournalEntry.Kind.escalation, "Reported at level " + incident.level() + " to the " + to);
        Incident escalated = incidents.update(incident.escalatedTo(incident.level()));
        publish(escalated, IncidentChanged.Change.escalated);
        return escalated;
    }

    private Incident require(long id) {
        return incidents.findById(id).orElseThrow(() -> new NotFoundException("incident", id));
    }

    private JournalEntry write(long incidentId, String by, JournalEntry.Kind kind, String text) {
        String bounded = text.length() > 2000 ? text.substring(0, 1997) + "..." : text;
        return journal.save(new JournalEntry(null, incidentId, clock.instant(), by, kind, bounded));
    }

    private static void changed(List<String> changes, String what, @Nullable Object before, @Nullable Object after) {
        if (after != null && !after.equals(before)) {
            changes.add(what + ": " + (before == null ? "—" : before) + " → " + after);
        }
    }

    /** Inside the change's transaction: the notifications the listeners plan commit with it, and a failure undoes both. */
    private void publish(Incident incident, IncidentChanged.Change change) {
        events.publishEvent(new IncidentChanged(incident, change));
    }
}
