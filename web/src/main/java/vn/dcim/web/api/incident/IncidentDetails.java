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

    /** The incident with its journal told in the request's language. */
    public Detail of(Incident i, HttpRequest<?> request) {
        long id = i.id();
        Shown reader = shown.of(request);
        List<AlarmView> linked = incidents.alarmIds(id).stream().map(alarms::find).flatMap(Optional::stream).toList();
        List<Delivery> told = notifications.ofIncident(id).stream()
                .map(n -> new Delivery(n.role().name(), n.channel().name(), n.address(), n.subject(), n.createdAt(), n.attempts(),
                        n.deliveredAt(), n.lastError())).toList();
        return new Detail(IncidentSummary.of(i), i.rootCause(), i.resolution(), i.backupDoneBy(), i.backupDoneAt(), i.closedBy(),
                linked, journal(id, reader, linked), told);
    }

    /** A line a person adds, as the API answers it: kept as typed. */
    public JournalLine line(JournalEntry entry, HttpRequest<?> request) {
        return JournalLine.of(entry, shown.of(request), phraseArgs, Map.of());
    }

    private List<JournalLine> journal(long id, Shown reader, List<AlarmView> linked) {
        Map<Long, AlarmView> byId = linked.stream().collect(Collectors.toMap(AlarmView::id, Function.identity(), (a, b) -> a));
        return incidents.journal(id).stream().map(e -> JournalLine.of(e, reader, phraseArgs, byId)).toList();
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
