package vn.dcim.core.notification;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.alarm.AlarmChanged;
import vn.dcim.core.alarm.AlarmOutbox;
import vn.dcim.core.alarm.AlarmView;
import vn.dcim.core.alarm.SeverityNames;
import vn.dcim.core.incident.Incident;
import vn.dcim.core.incident.IncidentChanged;
import vn.dcim.core.incident.IncidentLevel;
import vn.dcim.core.incident.IncidentTitles;
import vn.dcim.core.device.DeviceNames;
import vn.dcim.core.incident.Incidents;
import vn.dcim.core.notification.channel.PublicUrl;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Puts into the outbox what each recipient must hear: new alarms to operators by severity
 * (Art. 30.8c), incidents to leaders, serious ones to the management body (Art. 7.4, 13.2b),
 * especially serious ones also to the People's Committee as a quick report (Art. 13.2c).
 * Suppressed alarms (equipment under maintenance) are recorded but not sent. Each recipient is told in
 * their own language, Vietnamese by default, with the one set of severity names.
 *
 * <p>Both are called inside the transaction of the change they announce (the alarm's, through
 * {@link AlarmOutbox}; the incident's, whose event is published before its commit), so the outbox
 * rows commit with the change or not at all: a failure here is never swallowed, it undoes the change.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NotificationPlanner implements AlarmOutbox {
    private final RecipientRepository recipients;
    private final Notifications outbox;
    private final Webhooks webhooks;
    private final PublicUrl publicUrl;
    private final AlarmWording wording;
    private final Clock clock;
    private final Incidents incidents;
    private final FirstNotice firstNotice;
    private final DeviceNames equipment;
    private final IncidentTitles titles;

    /** The authorities an incident is reported to (Art. 7.4, 13.2b, 13.2c). */
    static final Set<RecipientRole> AUTHORITIES = EnumSet.of(RecipientRole.management_body, RecipientRole.people_committee);

    /** The authority as the journal names it: a message key that the screens tell in their reader's language. */
    static String authority(RecipientRole role) {
        return vn.dcim.core.text.Phrase.enumValue("recipient-role", role);
    }

    @Override
    public void plan(AlarmChanged event) {
        AlarmView a = event.alarm();
        // A held alarm (maintenance window, symptom of a root) is not planned; it is planned when released,
        // still active once its window or its root ended
        boolean announced = event.change() == AlarmChanged.Change.raised || event.change() == AlarmChanged.Change.released;
        if (!announced || a.suppressed()) {
            return;
        }
        // The first notice goes to whoever the roster has on duty; the operator recipients are the fallback
        if (firstNotice.toOnDuty(a)) {
            return;
        }
        for (Recipient r : recipients.findByRoleAndEnabled(RecipientRole.operator, true)) {
            if (r.wants(a.severity())) {
                NotificationTexts t = new NotificationTexts(r.language(), clock.getZone());
                String said = t.article(wording.told(a, t.lang()));
                String severity = SeverityNames.of(a.severity(), t.lang());
                String equipmentName = equipment.of(a.source(), a.instance());
                String subject = t.get("alarm.subject", severity, equipmentName, said);
                String body = String.join("\n",
                        t.get("alarm.heading", String.valueOf(a.id())),
                        t.get("alarm.device", equipmentName),
                        t.get("alarm.rule", a.ruleId(), t.article(a.article())),
                        t.get("alarm.severity", severity),
                        t.get("alarm.message", said),
                        t.get("alarm.raised", t.time(a.raisedAt())),
                        t.get("open", publicUrl.of("/ui/alarms")));
                outbox.enqueue(r, subject, r.channel() == Channel.webhook ? webhooks.alarm(a, publicUrl.of("/ui/alarms")) : body, a.id(), null, null);
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
        for (RecipientRole role : roles) {
            List<String> told = new ArrayList<>();
            for (Recipient r : recipients.findByRoleAndEnabled(role, true)) {
                NotificationTexts t = new NotificationTexts(r.language(), clock.getZone());
                // Art. 7.4, 13.2b: a serious incident reported to the management body; Art. 13.2c: especially serious, a quick report
                String what = switch (event.change()) {
                    case opened -> t.get("incident.opened");
                    case escalated -> t.get(i.level() == IncidentLevel.especially_serious
                            ? "incident.escalated.especially_serious" : "incident.escalated.serious");
                    default -> t.get("incident.closed");
                };
                String id = String.valueOf(i.id());
                String title = titles.told(i, t.lang());
                String subject = t.get("incident.subject", t.get("level." + i.level()), what, id, title);
                String body = String.join("\n",
                        what + " #" + id,
                        t.get("incident.title", title),
                        t.get("incident.level", t.get("level." + i.level())),
                        t.get("incident.security", i.securityLevel() == null ? t.get("none") : t.get("security." + i.securityLevel())),
                        t.get("incident.status", t.get("status." + i.status())),
                        t.get("incident.opened-at", t.time(i.openedAt())),
                        i.rootCause() == null ? "" : t.get("incident.root-cause", i.rootCause()),
                        t.get("open", publicUrl.of("/ui/incidents/" + id))).replace("\n\n", "\n");
                outbox.enqueue(r, subject, r.channel() == Channel.webhook
                        ? webhooks.incident(i, event.change().name(), publicUrl.of("/ui/incidents/" + id)) : body, null, i.id(), null);
                told.add(r.name() + " <" + r.address() + ">");
            }
            // Art. 7.4, 13.2b, 13.2c: the report to an authority names its recipients, or says it has none
            if (event.change() == IncidentChanged.Change.escalated && AUTHORITIES.contains(role)) {
                incidents.reportQueued(i.id(), authority(role), told);
            }
        }
    }
}
