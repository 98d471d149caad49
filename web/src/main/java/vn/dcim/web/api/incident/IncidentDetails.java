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
     * The incident as an account of this scope may read it. An agency reads the whole of an incident that touched only
     * its equipment; of one that touched others' too, only its part: the ticket's title, level, state and times, and
     * its own devices' alarms with their journal lines. Others' alarms, the lines people wrote (which may name
     * anything), the root cause, the resolution and who was told stay the centre's.
     */
    public Detail of(Incident i, HttpRequest<?> request, Scope scope) {
        Set<String> devices = scoped.deviceIdsOf(scope);
        if (devices == null || within.admits(i.id(), scope.siteIds(), devices)) {
            return of(i, request);
        }
        Shown reader = shown.of(request);
        List<AlarmView> own = incidents.alarmIds(i.id()).stream().map(alarms::find).flatMap(Optional::stream)
                .filter(a -> scope.admitsSite(a.siteId()) && devices.contains(a.source())).toList();
        Set<Long> ownIds = own.stream().map(AlarmView::id).collect(Collectors.toSet());
        IncidentSummary whole = IncidentSummary.of(i).withTitle(titles.told(i, reader.lang(), devices::contains));
        IncidentSummary part = new IncidentSummary(whole.id(), whole.siteId(), whole.title(), whole.chain(), whole.level(),
                whole.securityLevel(), whole.status(), null, whole.backupDone(), whole.openedAt(), whole.lastAlarmAt(),
                whole.escalatedLevel(), whole.closedAt());
        List<JournalLine> ownLines = journal(i, reader, own, e -> ownIds.contains(JournalLine.alarmOf(e, phraseArgs)));
        return new Detail(part, null, null, null, null, null, own, ownLines, List.of(), true);
    }

    /** An incident's title as an account of this scope is told it: an agency is not told others' equipment. */
    public String title(Incident i, String lang, Scope scope) {
        Set<String> devices = scoped.deviceIdsOf(scope);
        return devices == null ? titles.told(i, lang) : titles.told(i, lang, devices::contains);
    }

    /** The equipment an alarm happened on, by the name people give it. */
    public String equipment(AlarmView a) {
        return equipment.of(a.source(), a.instance());
    }

    /** A line a person adds, as the API answers it: kept as typed. */
    public JournalLine line(JournalEntry entry, HttpRequest<?> request) {
        return JournalLine.of(entry, shown.of(request), phraseArgs, Map.of());
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
        return incidents.journal(incident.id()).stream().filter(shownLine).map(e -> JournalLine.of(e, reader, phraseArgs, byId, told)).toList();
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
