package vn.dcim.core.incident;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.text.Phrase;
import vn.dcim.core.text.PhraseArgs;
import vn.dcim.core.text.ColumnText;

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
 * <p>Every line the product writes is a {@link Phrase} (key + arguments + English), so that the incident
 * screen and API tell it in the reader's language; what a person types is kept as typed.
 *
 * <p>Each change is one transaction: the ticket, its journal lines, its alarm links and the
 * notifications planned for it (the {@link IncidentChanged} listeners run before the commit) are
 * stored together or not at all.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Incidents {
    static final String SYSTEM = "system";

    private final IncidentRepository incidents;
    private final JournalRepository journal;
    private final IncidentLinks links;
    private final Clock clock;
    private final ApplicationEventPublisher<IncidentChanged> events;
    private final PhraseArgs phraseArgs;

    public Optional<Incident> find(long id) {
        return incidents.findById(id);
    }

    public Page<Incident> list(@Nullable IncidentStatus status, int limit, int offset) {
        Pageable page = Pageable.from(offset / Math.max(1, limit), limit, Sort.of(Sort.Order.desc("openedAt")));
        return status == null ? incidents.findAll(page) : incidents.findByStatusInList(List.of(status), page);
    }

    /** At most {@code most} incidents not closed, the oldest first. */
    public List<Incident> notClosed(int most) {
        return incidents.notClosed(most);
    }

    /** At most {@code most} incidents opened in [from, to), in the order they were opened. */
    public List<Incident> openedBetween(Instant from, Instant to, int most) {
        return incidents.openedBetween(from, to, most);
    }

    /** Every incident opened in [from, to), in the order they were opened (a period's report lists them all). */
    public List<Incident> openedIn(Instant from, Instant to) {
        return incidents.openedIn(from, to);
    }

    /** At most {@code most} incidents closed in [from, to), in the order they were closed. */
    public List<Incident> closedBetween(Instant from, Instant to, int most) {
        return incidents.closedBetween(from, to, most);
    }

    /**
     * At most {@code most} journal lines of [from, to) telling how incidents were handled: what people noted and
     * changed, escalations, backups, acknowledgements. The opening and closing and an alarm's raising, clearing or
     * joining are left out: the incident and the alarm tell those themselves.
     */
    public List<JournalEntry> handledBetween(Instant from, Instant to, int most) {
        return journal.handledBetween(from, to, most);
    }

    /** The incidents that hold an alarm of this device, newest first (the device page). */
    public List<Incident> ofDevice(String deviceId, int limit) {
        return links.incidentsOfSource(deviceId, limit).stream().map(incidents::findById)
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
        return open(title, siteId, chainId, level, alarmIds, by, clock.instant());
    }

    /** As above, detected at {@code detectedAt}: an alarm held back before it opened its incident was detected when raised. */
    @Transactional
    Incident open(String title, @Nullable String siteId, @Nullable String chainId, IncidentLevel level,
                  List<Long> alarmIds, String by, Instant detectedAt) {
        Incident incident = incidents.save(new Incident(null, siteId, title, chainId, level, level.suggestedSecurityLevel(),
                IncidentStatus.open, null, null, null, false, null, null, detectedAt, detectedAt, null, null, null));
        write(incident.id(), by, JournalEntry.Kind.opened,
                Phrase.of("journal.opened", "Opened at level {0} (Art. 13.2): {1}", level(level), title));
        for (Long alarmId : alarmIds) {
            links.link(incident.id(), alarmId);
        }
        publish(incident, IncidentChanged.Change.opened);
        return escalateIfDue(incident);
    }

    /** Links a further alarm and raises the level when it warrants more; the level never drops by itself. */
    @Transactional
    Incident attach(Incident incident, long alarmId, Phrase line, IncidentLevel suggested) {
        if (!links.link(incident.id(), alarmId)) {
            return incident;
        }
        write(incident.id(), SYSTEM, JournalEntry.Kind.alarm, line);
        Incident updated = incidents.update(incident.withLastAlarmAt(clock.instant()));
        if (suggested.compareTo(updated.level()) <= 0) {
            return updated;
        }
        // the alarm's own words stay the last argument, so that a screen can tell them in its reader's language
        List<Object> args = new ArrayList<>(List.of(level(updated.level()), level(suggested)));
        args.addAll(line.args());
        return raiseLevel(updated, suggested, SYSTEM, Phrase.of("journal.level.raised.alarm",
                "Level raised from {0} to {1} by a correlated alarm: {3} ({4}, {5}): {6}", args.toArray()));
    }

    @Transactional
    void note(long incidentId, JournalEntry.Kind kind, Phrase line) {
        write(incidentId, SYSTEM, kind, line);
    }

    /**
     * Art. 7.4, 13.2b, 13.2c: who the report to {@code authority} ("enum.recipient-role.management_body"…) is queued for;
     * with nobody registered for it, the journal says the report could not be sent.
     */
    @Transactional
    public void reportQueued(long incidentId, String authority, List<String> recipients) {
        write(incidentId, SYSTEM, JournalEntry.Kind.escalation, recipients.isEmpty()
                ? Phrase.of("journal.report.no-recipient", "No recipient is registered for the {0}: the report was not sent", authority)
                : Phrase.of("journal.report.queued", "Report to the {0} queued for {1}", authority, String.join(", ", recipients)));
    }

    /**
     * Art. 7.4, 13.2b, 13.2c: the report was delivered to {@code recipient}; the journal line is dated with the
     * time it was sent (shown, as every journal time, in the center's zone).
     */
    @Transactional
    public void reported(long incidentId, String authority, String recipient, Instant sentAt) {
        Phrase line = Phrase.of("journal.report.sent", "Reported to the {0}: sent to {1}", authority, recipient);
        journal.save(new JournalEntry(null, incidentId, sentAt, SYSTEM, JournalEntry.Kind.escalation, line.english(), line.key(),
                phraseArgs.write(line.args()), null, null));
    }

    @Transactional
    public JournalEntry addNote(long id, String by, String text) {
        return addNote(id, by, text, null, java.util.Set.of());
    }

    /**
     * A note by someone who sees only part of the incident: an agency's person ({@code agencyId}; the note is the
     * agency's) or an operator limited to {@code sites} (the note is of those sites' part); either is shown only to
     * those who see at least that part. Neither given: the centre's staff, seeing all of it.
     */
    @Transactional
    public JournalEntry addNote(long id, String by, String text, @Nullable Long agencyId, java.util.Set<String> sites) {
        require(id);
        // what a person typed is kept as typed, never translated
        String bounded = ColumnText.fit(text, 2000);
        return journal.save(new JournalEntry(null, id, clock.instant(), by, JournalEntry.Kind.note, bounded, null, null, agencyId,
                sites.isEmpty() ? null : ColumnText.fit(String.join(",", new java.util.TreeSet<>(sites)), 1000)));
    }

    /** Operator's classification; raising it escalates, lowering it is journaled with who did it. */
    @Transactional
    public Incident classify(long id, IncidentLevel level, String by, @Nullable String why) {
        Incident incident = require(id);
        if (level == incident.level()) {
            return incident;
        }
        if (level.compareTo(incident.level()) > 0) {
            return raiseLevel(incident, level, by, why == null
                    ? Phrase.of("journal.level.raised.by-hand", "Level raised from {0} to {1} (reclassified)", level(incident.level()), level(level))
                    : Phrase.of("journal.level.raised", "Level raised from {0} to {1}: {2}", level(incident.level()), level(level), why));
        }
        write(id, by, JournalEntry.Kind.level, why == null
                ? Phrase.of("journal.level.lowered", "Level lowered from {0} to {1}", level(incident.level()), level(level))
                : Phrase.of("journal.level.lowered.why", "Level lowered from {0} to {1}: {2}", level(incident.level()), level(level), why));
        return incidents.update(incident.reclassified(level));
    }

    /** Art. 13.2c: the correlation found that the alarms together halt the center. */
    @Transactional
    Incident halted(long id) {
        Incident incident = require(id);
        if (incident.level() == IncidentLevel.especially_serious) {
            return incident;
        }
        return raiseLevel(incident, IncidentLevel.especially_serious, SYSTEM, Phrase.of("journal.level.raised.halt",
                "Level raised from {0} to {1}: the alarms together mean the center's operation is halted (Art. 13.2c)",
                level(incident.level()), level(IncidentLevel.especially_serious)));
    }

    @Transactional
    public Incident edit(long id, String by, IncidentEdit edit) {
        Incident incident = require(id);
        if (incident.status() == IncidentStatus.closed) {
            throw new ConflictException("status", "incident " + id + " is closed").explained("error.incident.closed", id);
        }
        List<Phrase> changes = new ArrayList<>();
        changed(changes, "journal.changed.assignee", "Assignee: {0} → {1}", null, incident.assignee(), edit.assignee());
        changed(changes, "journal.changed.status", "Status: {0} → {1}", "incident", incident.status(), edit.status());
        changed(changes, "journal.changed.root-cause", "Root cause: {0} → {1}", null, incident.rootCause(), edit.rootCause());
        changed(changes, "journal.changed.resolution", "Resolution: {0} → {1}", null, incident.resolution(), edit.resolution());
        changed(changes, "journal.changed.security-level", "Security level (Art. 34.1): {0} → {1}", "security-level",
                incident.securityLevel(), edit.securityLevel());
        if (edit.status() == IncidentStatus.closed) {
            throw new ConflictException("status", "close the incident with POST /api/incidents/" + id + "/close")
                    .explained("error.incident.close-separately");
        }
        Incident updated = incidents.update(incident.edited(edit.assignee(), edit.status(), edit.rootCause(), edit.resolution(),
                edit.securityLevel()));
        if (!changes.isEmpty()) {
            // one line per change, each told in the reader's language; an edit that moves the status is a status entry
            JournalEntry.Kind kind = edit.status() != null && edit.status() != incident.status() ? JournalEntry.Kind.status : JournalEntry.Kind.note;
            for (Phrase change : changes) {
                write(id, by, kind, change);
            }
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
        write(id, by, JournalEntry.Kind.backup, where == null
                ? Phrase.of("journal.backup", "Art. 13.3a: data backed up before the fix")
                : Phrase.of("journal.backup.where", "Art. 13.3a: data backed up before the fix ({0})", where));
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
        write(id, by, JournalEntry.Kind.closed, resolution == null
                ? Phrase.of("journal.closed", "Closed. Root cause: {0}", cause)
                : Phrase.of("journal.closed.resolution", "Closed. Root cause: {0}. Resolution: {1}", cause, resolution));
        publish(closed, IncidentChanged.Change.closed);
        return closed;
    }

    private Incident raiseLevel(Incident incident, IncidentLevel level, String by, Phrase line) {
        write(incident.id(), by, JournalEntry.Kind.level, line);
        return escalateIfDue(incidents.update(incident.withLevel(level)));
    }

    /**
     * Reports upwards once per level reached (Art. 7.4, 13.2b, 13.2c): the journal says the report is due;
     * the notifications deliver it, and only their delivery is journaled as reported, with the recipient
     * and the time it was sent ({@link #reported}).
     */
    private Incident escalateIfDue(Incident incident) {
        if (!incident.level().atLeast(IncidentLevel.serious)
                || (incident.escalatedLevel() != null && incident.escalatedLevel().atLeast(incident.level()))) {
            return incident;
        }
        write(incident.id(), SYSTEM, JournalEntry.Kind.escalation, incident.level() == IncidentLevel.especially_serious
                ? Phrase.of("journal.escalation.due.committee", "Level {0} reached: a report is due to the management body (Art. 13.2b) "
                        + "and a quick report to the provincial People's Committee (Art. 13.2c)", level(incident.level()))
                : Phrase.of("journal.escalation.due", "Level {0} reached: a report is due to the management body (Art. 7.4, 13.2b)",
                        level(incident.level())));
        Incident escalated = incidents.update(incident.escalatedTo(incident.level()));
        publish(escalated, IncidentChanged.Change.escalated);
        return escalated;
    }

    private Incident require(long id) {
        return incidents.findById(id).orElseThrow(() -> new NotFoundException("incident", id));
    }

    private JournalEntry write(long incidentId, String by, JournalEntry.Kind kind, Phrase line) {
        String args = phraseArgs.write(line.args());
        // arguments too long for their column: the line keeps its English text only
        return write(incidentId, by, kind, line.english(), args.length() <= 4000 ? line.key() : null, args.length() <= 4000 ? args : null);
    }

    private JournalEntry write(long incidentId, String by, JournalEntry.Kind kind, String text, @Nullable String key, @Nullable String args) {
        String bounded = ColumnText.fit(text, 2000);
        return journal.save(new JournalEntry(null, incidentId, clock.instant(), by, kind, bounded, key, args, null, null));
    }

    /** "enum.incident-level.serious": told as the level's label, "serious" in English. */
    private static String level(IncidentLevel level) {
        return Phrase.enumValue("incident-level", level);
    }

    /** {@code enumKind}: the values are enum values told by their labels; else text as typed. */
    private static void changed(List<Phrase> changes, String key, String pattern, @Nullable String enumKind,
                                @Nullable Object before, @Nullable Object after) {
        if (after != null && !after.equals(before)) {
            changes.add(Phrase.of(key, pattern, told(enumKind, before), told(enumKind, after)));
        }
    }

    private static String told(@Nullable String enumKind, @Nullable Object value) {
        if (value == null) {
            return "—";
        }
        return enumKind != null && value instanceof Enum<?> e ? Phrase.enumValue(enumKind, e) : value.toString();
    }

    /** Inside the change's transaction: the notifications the listeners plan commit with it, and a failure undoes both. */
    private void publish(Incident incident, IncidentChanged.Change change) {
        events.publishEvent(new IncidentChanged(incident, change));
    }
}
