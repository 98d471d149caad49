package vn.dcim.core.notification;

import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import vn.dcim.core.alarm.AlarmChanged;
import vn.dcim.core.alarm.AlarmOutbox;
import vn.dcim.core.alarm.AlarmView;
import vn.dcim.core.incident.Incident;
import vn.dcim.core.incident.IncidentChanged;
import vn.dcim.core.incident.IncidentLevel;
import vn.dcim.core.incident.Incidents;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Puts into the outbox what each recipient must hear: new alarms to operators by severity
 * (Art. 30.8c), incidents to leaders, serious ones to the management body (Art. 7.4, 13.2b),
 * especially serious ones also to the People's Committee as a quick report (Art. 13.2c).
 * Suppressed alarms (equipment under maintenance) are recorded but not sent.
 *
 * <p>Both are called inside the transaction of the change they announce (the alarm's, through
 * {@link AlarmOutbox}; the incident's, whose event is published before its commit), so the outbox
 * rows commit with the change or not at all: a failure here is never swallowed, it undoes the change.
 */
@Singleton
class NotificationPlanner implements AlarmOutbox {
    private final RecipientRepository recipients;
    private final Notifications outbox;
    private final Webhooks webhooks;
    private final String publicUrl;
    private final Incidents incidents;

    /** The authorities an incident is reported to (Art. 7.4, 13.2b, 13.2c). */
    static final Set<RecipientRole> AUTHORITIES = EnumSet.of(RecipientRole.management_body, RecipientRole.people_committee);

    /** The authority as the journal names it: a message key that the screens tell in their reader's language. */
    static String authority(RecipientRole role) {
        return vn.dcim.core.text.Phrase.enumValue("recipient-role", role);
    }

    NotificationPlanner(RecipientRepository recipients, Notifications outbox, Webhooks webhooks, Incidents incidents,
                        @Value("${dcim.public-url:}") String publicUrl, @Value("${micronaut.server.port:8080}") int port,
                        @Value("${micronaut.server.ssl.enabled:false}") boolean https, @Value("${micronaut.server.ssl.port:8443}") int httpsPort) {
        this.recipients = recipients;
        this.incidents = incidents;
        this.outbox = outbox;
        this.webhooks = webhooks;
        // without a configured public address, links point at this host: right for a single-site install
        // (over HTTPS when it is on, Art. 25.3: with DCIM_HTTP=off the plain port does not answer)
        this.publicUrl = publicUrl.isBlank() ? (https ? "https://localhost:" + httpsPort : "http://localhost:" + port)
                : publicUrl.replaceAll("/+$", "");
    }

    @Override
    public void plan(AlarmChanged event) {
        AlarmView a = event.alarm();
        if (event.change() != AlarmChanged.Change.raised || a.suppressed()) {
            return;
        }
        String subject = "[DCIM][" + a.severity().name().toUpperCase() + "] " + a.source() + ": " + a.message();
        String body = String.join("\n",
                "Cảnh báo mới / New alarm #" + a.id(),
                "Thiết bị / Device: " + a.source() + (a.instance().equals("0") ? "" : " [" + a.instance() + "]"),
                "Quy tắc / Rule: " + a.ruleId() + " (" + a.article() + ")",
                "Mức độ / Severity: " + a.severity(),
                "Nội dung / Message: " + a.message(),
                "Thời điểm / Raised at: " + a.raisedAt(),
                "Xem / Open: " + publicUrl + "/ui/alarms");
        for (Recipient r : recipients.findByRoleAndEnabled(RecipientRole.operator, true)) {
            if (r.wants(a.severity())) {
                outbox.enqueue(r, subject, r.channel() == Channel.webhook ? webhooks.alarm(a, publicUrl + "/ui/alarms") : body, a.id(), null, null);
            }
        }
    }

    @EventListener
    void onIncident(IncidentChanged event) {
        Incident i = event.incident();
        Set<RecipientRole> roles = switch (event.change()) {
            case opened, closed -> EnumSet.of(RecipientRole.leader);
            case escalated -> i.level() == IncidentLevel.especially_serious
                    ? EnumSet.of(RecipientRole.leader, RecipientRole.management_body, RecipientRole.people_committee)
                    : EnumSet.of(RecipientRole.leader, RecipientRole.management_body);
            case updated -> EnumSet.noneOf(RecipientRole.class);
        };
        if (roles.isEmpty()) {
            return;
        }
        String what = switch (event.change()) {
            case opened -> "Sự cố mới / New incident";
            case escalated -> i.level() == IncidentLevel.especially_serious
                    ? "Báo cáo nhanh sự cố đặc biệt nghiêm trọng / Quick report, especially serious incident (Art. 13.2c)"
                    : "Báo cáo sự cố nghiêm trọng / Serious incident report (Art. 7.4, 13.2b)";
            default -> "Sự cố đã đóng / Incident closed";
        };
        String subject = "[DCIM][" + i.level().name().toUpperCase() + "] " + what + " #" + i.id() + ": " + i.title();
        String body = String.join("\n",
                what + " #" + i.id(),
                "Tiêu đề / Title: " + i.title(),
                "Cấp độ (Điều 13.2) / Level (Art. 13.2): " + i.level(),
                "Mức độ ATTT (Điều 34.1) / Security level (Art. 34.1): " + i.securityLevel(),
                "Trạng thái / Status: " + i.status(),
                "Mở lúc / Opened at: " + i.openedAt(),
                i.rootCause() == null ? "" : "Nguyên nhân / Root cause: " + i.rootCause(),
                "Xem / Open: " + publicUrl + "/ui/incidents/" + i.id()).replace("\n\n", "\n");
        for (RecipientRole role : roles) {
            List<String> told = new ArrayList<>();
            for (Recipient r : recipients.findByRoleAndEnabled(role, true)) {
                outbox.enqueue(r, subject, r.channel() == Channel.webhook
                        ? webhooks.incident(i, event.change().name(), publicUrl + "/ui/incidents/" + i.id()) : body, null, i.id(), null);
                told.add(r.name() + " <" + r.address() + ">");
            }
            // Art. 7.4, 13.2b, 13.2c: the report to an authority names its recipients, or says it has none
            if (event.change() == IncidentChanged.Change.escalated && AUTHORITIES.contains(role)) {
                incidents.reportQueued(i.id(), authority(role), told);
            }
        }
    }
}
