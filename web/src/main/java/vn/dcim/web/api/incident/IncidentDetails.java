package vn.dcim.web.api.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.alarm.AlarmView;
import vn.dcim.core.incident.Incident;
import vn.dcim.core.incident.IncidentAlarms;
import vn.dcim.core.incident.JournalEntry;
import vn.dcim.core.notification.Notifications;
import vn.dcim.core.scope.Scope;
import vn.dcim.web.i18n.Shown;
import vn.dcim.web.i18n.ShownModel;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything about one incident: the ticket, its alarms, its journal and who was told, for the API, the UI and the
 * report; {@link IncidentParts} decides what a limited reader sees of it, {@link IncidentJournal} tells its journal.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class IncidentDetails {
    private final IncidentAlarms alarms;
    private final Notifications notifications;
    private final ShownModel shown;
    private final IncidentJournal journal;
    private final IncidentParts parts;
    private final IncidentNames names;

    /** The incident with its journal told in the request's language. */
    public Detail of(Incident i, HttpRequest<?> request) {
        long id = i.id();
        Shown reader = shown.of(request);
        List<AlarmView> linked = alarms.of(id);
        List<Delivery> told = notifications.ofIncident(id).stream()
                .map(n -> new Delivery(n.role().name(), n.channel().name(), n.address(), n.subject(), n.createdAt(), n.attempts(),
                        n.deliveredAt(), n.lastError())).toList();
        return new Detail(IncidentSummary.of(i).withTitle(parts.title(i, reader.lang())), i.rootCause(), i.resolution(), i.backupDoneBy(), i.backupDoneAt(), i.closedBy(),
                linked, journal.of(i, reader, linked), told, false);
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
        Optional<IncidentParts.Sight> partial = parts.partial(i, scope);
        if (partial.isEmpty()) {
            return of(i, request);
        }
        IncidentParts.Sight sight = partial.get();
        Shown reader = shown.of(request);
        List<AlarmView> own = alarms.of(i.id()).stream().filter(sight::sees).toList();
        IncidentSummary part = IncidentParts.partOf(IncidentSummary.of(i), scope).withTitle(parts.title(i, reader.lang(), sight));
        return new Detail(part, null, null, null, null, null, own, journal.partOf(i, reader, own, scope), List.of(), true);
    }

    /** An incident's title as an account of this scope is told it: not naming equipment outside the scope. */
    public String title(Incident i, String lang, Scope scope) {
        return parts.title(i, lang, scope);
    }

    /**
     * A page of incidents as an account of this scope is shown them in a list: of one it sees only part of, neither
     * the assignee nor another site; titles told in {@code lang} (null: as stored, as the API lists them).
     */
    public List<IncidentSummary> listed(List<Incident> page, Scope scope, @Nullable String lang) {
        return parts.listed(page, scope, lang);
    }

    /** The equipment an alarm happened on, by the name people give it. */
    public String equipment(AlarmView a) {
        return names.equipment(a);
    }

    /** A line a person adds, as the API answers it: kept as typed (an agency's marked as the agency's). */
    public JournalLine line(JournalEntry entry, HttpRequest<?> request) {
        return journal.line(entry, shown.of(request));
    }

    /** A site by its name; its id when it has none or is gone. */
    public String siteName(@Nullable String siteId) {
        return names.site(siteId);
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
