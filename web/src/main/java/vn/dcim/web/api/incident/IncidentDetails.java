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
import vn.dcim.core.text.PhraseArgs;
import vn.dcim.web.i18n.Shown;
import vn.dcim.web.i18n.ShownModel;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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

    /** The incident with its journal told in the request's language. */
    public Detail of(Incident i, HttpRequest<?> request) {
        long id = i.id();
        Shown reader = shown.of(request);
        List<AlarmView> linked = incidents.alarmIds(id).stream().map(alarms::find).flatMap(Optional::stream).toList();
        List<Delivery> told = notifications.ofIncident(id).stream()
                .map(n -> new Delivery(n.role().name(), n.channel().name(), n.address(), n.subject(), n.createdAt(), n.attempts(),
                        n.deliveredAt(), n.lastError())).toList();
        return new Detail(IncidentSummary.of(i).withTitle(titles.told(i, reader.lang())), i.rootCause(), i.resolution(), i.backupDoneBy(), i.backupDoneAt(), i.closedBy(),
                linked, journal(i, reader, linked), told);
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
        return incidents.journal(incident.id()).stream().map(e -> JournalLine.of(e, reader, phraseArgs, byId, told)).toList();
    }

    /** A site by its name; its id when it has none or is gone. */
    public String siteName(@Nullable String siteId) {
        return siteId == null ? "" : sites.site(siteId).map(s -> s.name() == null || s.name().isBlank() ? siteId : s.name()).orElse(siteId);
    }

    @Serdeable
    public record Detail(IncidentSummary incident, @Nullable String rootCause, @Nullable String resolution,
                         @Nullable String backupDoneBy, @Nullable Instant backupDoneAt, @Nullable String closedBy,
                         List<AlarmView> alarms, List<JournalLine> journal, List<Delivery> notifications) {
    }

    @Serdeable
    public record Delivery(String role, String channel, String address, String subject, Instant createdAt, int attempts,
                           @Nullable Instant deliveredAt, @Nullable String lastError) {
    }
}
