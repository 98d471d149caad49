package vn.dcim.web.api.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import vn.dcim.core.alarm.AlarmView;
import vn.dcim.core.alarm.Alarms;
import vn.dcim.core.incident.Incident;
import vn.dcim.core.incident.Incidents;
import vn.dcim.core.incident.JournalEntry;
import vn.dcim.core.notification.NotificationRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Everything about one incident: the ticket, its alarms, its journal and who was told, for the API, the UI and the report. */
@Singleton
public class IncidentDetails {
    private final Incidents incidents;
    private final Alarms alarms;
    private final NotificationRepository notifications;

    IncidentDetails(Incidents incidents, Alarms alarms, NotificationRepository notifications) {
        this.incidents = incidents;
        this.alarms = alarms;
        this.notifications = notifications;
    }

    public Detail of(Incident i) {
        long id = i.id();
        List<AlarmView> linked = incidents.alarmIds(id).stream().map(alarms::find).flatMap(Optional::stream).toList();
        List<Delivery> told = notifications.findByIncidentIdOrderById(id).stream()
                .map(n -> new Delivery(n.role().name(), n.channel().name(), n.address(), n.subject(), n.createdAt(), n.attempts(),
                        n.deliveredAt(), n.lastError())).toList();
        return new Detail(IncidentSummary.of(i), i.rootCause(), i.resolution(), i.backupDoneBy(), i.backupDoneAt(), i.closedBy(),
                linked, incidents.journal(id), told);
    }

    @Serdeable
    public record Detail(IncidentSummary incident, @Nullable String rootCause, @Nullable String resolution,
                         @Nullable String backupDoneBy, @Nullable Instant backupDoneAt, @Nullable String closedBy,
                         List<AlarmView> alarms, List<JournalEntry> journal, List<Delivery> notifications) {
    }

    @Serdeable
    public record Delivery(String role, String channel, String address, String subject, Instant createdAt, int attempts,
                           @Nullable Instant deliveredAt, @Nullable String lastError) {
    }
}
