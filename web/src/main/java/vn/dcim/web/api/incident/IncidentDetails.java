package vn.dcim.web.api.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.notification.Notifications;
import vn.dcim.core.alarm.AlarmView;
import vn.dcim.core.alarm.Alarms;
import vn.dcim.core.incident.Incident;
import vn.dcim.core.incident.Incidents;
import vn.dcim.core.incident.JournalEntry;
import vn.dcim.core.scope.Scope;
import vn.dcim.core.text.PhraseArgs;
import vn.dcim.web.i18n.Shown;
import vn.dcim.web.i18n.ShownModel;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Everything about one incident: the ticket, its alarms, its journal and who was told, for the API, the UI and the report. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class IncidentDetails {
    private final Notifications notifications;
    private final Incidents incidents;
    private final Alarms alarms;
    private final ShownModel shown;
    private final PhraseArgs phraseArgs;
    private final vn.dcim.core.device.DeviceNames equipment;
    private final vn.dcim.core.incident.IncidentTitles titles;
    private final vn.dcim.web.i18n.PeopleNames people;
    private final vn.dcim.core.site.LocationRegistry sites;
    private final vn.dcim.core.incident.IncidentsWithin within;
    private final vn.dcim.core.scope.ScopedEquipment scoped;
    private final vn.dcim.core.agency.Agencies agencyRegister;

    /** The incident with its journal told in the request's language. */
    public Detail of(Incident i, HttpRequest<?> request) {
        long id = i.id();
        Shown reader = shown.of(request);
        List<AlarmView> linked = incidents.alarmIds(id).stream().map(alarms::find).flatMap(Optional::stream).toList();
        List<Delivery> told = notifications.ofIncident(id).stream()
                .map(n -> new Delivery(n.role().name(), n.channel().name(), n.address(), n.subject(), n.createdAt(), n.attempts(),
                        n.deliveredAt(), n.lastError())).toList();
        return new Detail(IncidentSummary.of(i).withTitle(titles.told(i, reader.lang())), i.rootCause(), i.resolution(), i.backupDoneBy(), i.backupDoneAt(), i.closedBy(),
                linked, journal(i, reader, linked), told, false);
    }

    /**
     * The incident as an account of this scope may read it. A limited account reads the whole of an incident that
     * touched only what is inside its scope; of one that touched more (another site's equipment, the centre's or another
     * agency's), only its part: the ticket's title, level, state and times, the alarms inside its scope with their
     * journal lines, and the notes written within its part (an agency's own, an operator's of its sites). Others'
     * alarms, the lines the centre's staff wrote (which may name anything), the root cause, the resolution, the
     * assignee, another site and who was told stay with those who see the whole.
     */
    public Detail of(Incident i, HttpRequest<?> request, Scope scope) {
        if (!scope.limited()) {
            return of(i, request);
        }
        Set<String> devices = scoped.deviceIdsOf(scope);
        if (within.admits(i.id(), scope.siteIds(), devices)) {
            return of(i, request);
        }
        Shown reader = shown.of(request);
        List<AlarmView> own = incidents.alarmIds(i.id()).stream().map(alarms::find).flatMap(Optional::stream)
                .filter(a -> seen(scope, devices, a.source(), a.siteId())).toList();
        Set<Long> ownIds = own.stream().map(AlarmView::id).collect(Collectors.toSet());
        IncidentSummary part = partOf(IncidentSummary.of(i), scope).withTitle(titles.told(i, reader.lang(), (source, site) -> seen(scope, devices, source, site)));
        List<JournalLine> ownLines = journal(i, reader, own, e -> e.kind() == JournalEntry.Kind.note
                ? writtenWithin(e, scope) : ownIds.contains(JournalLine.alarmOf(e, phraseArgs)));
        return new Detail(part, null, null, null, null, null, own, ownLines, List.of(), true);
    }

    /** An incident's title as an account of this scope is told it: not naming equipment outside the scope. */
    public String title(Incident i, String lang, Scope scope) {
        if (!scope.limited()) {
            return titles.told(i, lang);
        }
        Set<String> devices = scoped.deviceIdsOf(scope);
        return titles.told(i, lang, (source, site) -> seen(scope, devices, source, site));
    }

    /**
     * A page of incidents as an account of this scope is shown them in a list: of one it sees only part of, neither
     * the assignee nor another site; titles told in {@code lang} (null: as stored, as the API lists them).
     */
    public List<IncidentSummary> listed(List<Incident> page, Scope scope, @Nullable String lang) {
        Set<Long> whole = scope.limited()
                ? within.wholeOf(page.stream().map(Incident::id).toList(), scope.siteIds(), scoped.deviceIdsOf(scope)) : Set.of();
        return page.stream().map(i -> {
            IncidentSummary s = IncidentSummary.of(i);
            if (lang != null) {
                s = s.withTitle(title(i, lang, scope));
            }
            return !scope.limited() || whole.contains(i.id()) ? s : partOf(s, scope);
        }).toList();
    }

    /** An alarm of {@code source} at {@code site} is inside the scope ({@code devices}: the agency's, null for any). */
    private static boolean seen(Scope scope, @Nullable Set<String> devices, String source, @Nullable String site) {
        return scope.admitsSite(site) && (devices == null || devices.contains(source));
    }

    /** The part's ticket: no assignee (the centre's person), and its site only when it is one of the reader's. */
    private static IncidentSummary partOf(IncidentSummary s, Scope scope) {
        return new IncidentSummary(s.id(), s.siteId() != null && scope.bySite() && scope.admitsSite(s.siteId()) ? s.siteId() : null,
                s.title(), s.chain(), s.level(), s.securityLevel(), s.status(), null, s.backupDone(), s.openedAt(), s.lastAlarmAt(),
                s.escalatedLevel(), s.closedAt());
    }

    /**
     * Whether a note was written within what this reader sees of the incident: an agency's note by the same agency,
     * an operator's of some sites by a reader of those sites (and not an agency's); the centre's staff's notes, written
     * seeing the whole, are not part of anyone's part.
     */
    static boolean writtenWithin(JournalEntry note, Scope reader) {
        if (note.agencyId() == null && note.withinSites() == null) {
            return false;
        }
        if (!java.util.Objects.equals(note.agencyId(), reader.agencyId())) {
            return false;
        }
        Set<String> written = note.writtenWithinSites();
        return reader.bySite() ? !written.isEmpty() && reader.siteIds().containsAll(written) : written.isEmpty();
    }

    /** The equipment an alarm happened on, by the name people give it. */
    public String equipment(AlarmView a) {
        return equipment.of(a.source(), a.instance());
    }

    /** A line a person adds, as the API answers it: kept as typed (an agency's marked as the agency's). */
    public JournalLine line(JournalEntry entry, HttpRequest<?> request) {
        JournalLine line = JournalLine.of(entry, shown.of(request), phraseArgs, Map.of());
        return entry.agencyId() == null ? line : line.fromAgency(agencyName(entry.agencyId()));
    }

    private List<JournalLine> journal(Incident incident, Shown reader, List<AlarmView> linked) {
        return journal(incident, reader, linked, e -> true);
    }

    private List<JournalLine> journal(Incident incident, Shown reader, List<AlarmView> linked, Predicate<JournalEntry> shownLine) {
        Map<Long, AlarmView> byId = linked.stream().collect(Collectors.toMap(AlarmView::id, Function.identity(), (a, b) -> a));
        Map<String, String> names = new java.util.HashMap<>();
        JournalLine.Names told = new JournalLine.Names() {
            @Override
            public String equipment(AlarmView a) {
                return names.computeIfAbsent("equipment\u0000" + a.source() + "\u0000" + a.instance(), k -> IncidentDetails.this.equipment.of(a.source(), a.instance()));
            }

            @Override
            public String person(String login) {
                return names.computeIfAbsent("person\u0000" + login, k -> people.of(login, reader));
            }

            @Override
            public String incidentTitle(String stored) {
                return titles.told(incident.id(), stored, reader.lang());
            }
        };
        Map<Long, String> agencies = new java.util.HashMap<>();
        return incidents.journal(incident.id()).stream().filter(shownLine).map(e -> {
            JournalLine line = JournalLine.of(e, reader, phraseArgs, byId, told);
            // a note an agency's person wrote is marked as the agency's, to everyone who reads it
            return e.agencyId() == null ? line : line.fromAgency(agencies.computeIfAbsent(e.agencyId(), this::agencyName));
        }).toList();
    }

    private String agencyName(long agencyId) {
        return agencyRegister.find(agencyId).map(a -> a.name()).orElse(String.valueOf(agencyId));
    }

    /** A site by its name; its id when it has none or is gone. */
    public String siteName(@Nullable String siteId) {
        return siteId == null ? "" : sites.site(siteId).map(s -> s.name() == null || s.name().isBlank() ? siteId : s.name()).orElse(siteId);
    }

    @Serdeable
    public record Detail(IncidentSummary incident, @Nullable String rootCause, @Nullable String resolution,
                         @Nullable String backupDoneBy, @Nullable Instant backupDoneAt, @Nullable String closedBy,
                         List<AlarmView> alarms, List<JournalLine> journal, List<Delivery> notifications,
                         @io.swagger.v3.oas.annotations.media.Schema(description = "only the reader's part of an incident that "
                                 + "touched others' equipment too: their alarms, journal and who was told are left out") boolean part) {
    }

    @Serdeable
    public record Delivery(String role, String channel, String address, String subject, Instant createdAt, int attempts,
                           @Nullable Instant deliveredAt, @Nullable String lastError) {
    }
}
