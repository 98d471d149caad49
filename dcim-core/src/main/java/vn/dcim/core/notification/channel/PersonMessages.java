package vn.dcim.core.notification.channel;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.alarm.AlarmView;
import vn.dcim.core.alarm.Severity;
import vn.dcim.core.alarm.SeverityNames;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.notification.AlarmWording;
import vn.dcim.core.notification.Channel;
import vn.dcim.core.notification.Notification;
import vn.dcim.core.notification.NotificationRepository;
import vn.dcim.core.notification.NotificationTexts;
import vn.dcim.core.notification.RecipientRole;
import vn.dcim.core.text.ColumnText;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Puts into the outbox what a person is told on their contacts: the preferred contact, or every
 * enabled one when none is preferred; in the person's language; with a signed acknowledgement link; held
 * back until the end of the person's quiet hours (center zone) unless the alarm is critical. The body of a
 * message on an HTTP channel type is rendered here (it holds no secret); its address and credential are
 * put in at send time by {@link ChannelSender}.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PersonMessages {
    private final NotifiedPersonRepository people;
    private final PersonContactRepository contacts;
    private final NotificationRepository outbox;
    private final ChannelTypes types;
    private final AckLinks ackLinks;
    private final AlarmWording wording;
    private final vn.dcim.core.device.DeviceNames equipment;
    private final PublicUrl publicUrl;
    private final Clock clock;
    private final JsonMapper json;

    /** Tells the person of the alarm, {@code heading} first when given; returns "name (type)" of each contact told. */
    public List<String> tellAlarm(NotifiedPerson p, AlarmView a, @Nullable String headingKey, Object... headingArgs) {
        NotificationTexts t = new NotificationTexts(p.language(), clock.getZone());
        String said = t.article(wording.told(a, t.lang()));
        String severity = SeverityNames.of(a.severity(), t.lang());
        String equipmentName = equipment.of(a.source(), a.instance());
        String subject = t.get("alarm.subject", severity, equipmentName, said);
        String link = publicUrl.of("/ui/alarms");
        String token = ackLinks.issue(a.id(), p.name());
        String ackUrl = publicUrl.of("/ack/" + token);
        List<String> lines = new ArrayList<>();
        if (headingKey != null) {
            lines.add(t.get(headingKey, headingArgs));
        }
        lines.add(t.get("alarm.heading", String.valueOf(a.id())));
        lines.add(t.get("alarm.device", equipmentName));
        lines.add(t.get("alarm.severity", severity));
        lines.add(t.get("alarm.message", said));
        lines.add(t.get("alarm.raised", t.time(a.raisedAt())));
        lines.add(t.get("open", link));
        lines.add(t.get("ack.link", ackUrl));
        String text = String.join("\n", lines);
        Instant due = a.severity() == Severity.critical ? clock.instant() : afterQuietHours(p, clock.instant());
        Message m = new Message(subject, text, link, ackUrl, token.substring(0, token.indexOf('.')), t.get("ack.label"));
        return queue(p, m, a.id(), due);
    }

    /** A test message to one contact ("send a test"), delivered like any other; returns the outbox row's id. */
    public long test(long contactId) {
        PersonContact c = contacts.findById(contactId).orElseThrow(() -> new NotFoundException("contact", contactId));
        NotifiedPerson p = people.findById(c.personId()).orElseThrow(() -> new NotFoundException("person", c.personId()));
        NotificationTexts t = new NotificationTexts(p.language(), clock.getZone());
        Message m = new Message(t.get("test.subject"), t.get("test.body", p.name(), c.channelType()), publicUrl.of("/ui/alarms"), null, null, null);
        return enqueue(c, m, null, clock.instant()).id();
    }

    record Message(String subject, String text, String link, @Nullable String ackUrl, @Nullable String ackId, @Nullable String ackLabel) {
    }

    private List<String> queue(NotifiedPerson p, Message m, Long alarmId, Instant due) {
        List<PersonContact> usable = contacts.findByPersonIdOrderById(p.id()).stream().filter(PersonContact::enabled).toList();
        List<PersonContact> preferred = usable.stream().filter(PersonContact::preferred).toList();
        List<String> told = new ArrayList<>();
        for (PersonContact c : preferred.isEmpty() ? usable : preferred) {
            enqueue(c, m, alarmId, due);
            told.add(p.name() + " (" + c.channelType() + ")");
        }
        return told;
    }

    private Notification enqueue(PersonContact c, Message m, @Nullable Long alarmId, Instant due) {
        ChannelType type = types.get(c.channelType());
        String subject = ColumnText.fit(m.subject(), 300);
        Instant now = clock.instant();
        if (type.smtp()) {
            return outbox.save(new Notification(null, Channel.email, c.address(), RecipientRole.operator, subject, m.text(), alarmId, null, now, 0,
                    due, null, null, null, null, c.id(), null, null));
        }
        String body = render(m.ackId() == null ? type.body() : type.bodyWithAck(), Map.of(
                "address", c.address(), "subject", subject, "text", m.text(), "link", m.link(),
                "template", type.templateId() == null ? "" : type.templateId(),
                "ackUrl", m.ackUrl() == null ? m.link() : m.ackUrl(), "ackId", m.ackId() == null ? "" : m.ackId(),
                "ackLabel", m.ackLabel() == null ? "" : m.ackLabel()));
        return outbox.save(new Notification(null, Channel.webhook, c.address(), RecipientRole.operator, subject, body, alarmId, null, now, 0,
                due, null, null, null, null, c.id(), type.id(), null));
    }

    /** The template with each {name} replaced by its value as a JSON string's content. */
    String render(String template, Map<String, String> values) {
        return Templates.fill(template, values, this::jsonEscaped);
    }

    private String jsonEscaped(String s) {
        try {
            String quoted = json.writeValueAsString(s);
            return quoted.substring(1, quoted.length() - 1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Now, or the end of the person's quiet hours (center zone) when now falls within them. */
    Instant afterQuietHours(NotifiedPerson p, Instant now) {
        LocalTime from = p.quietFrom();
        LocalTime to = p.quietTo();
        if (from == null || to == null || from.equals(to)) {
            return now;
        }
        ZonedDateTime local = now.atZone(clock.getZone());
        LocalTime t = local.toLocalTime();
        boolean quiet = from.isBefore(to) ? !t.isBefore(from) && t.isBefore(to) : !t.isBefore(from) || t.isBefore(to);
        if (!quiet) {
            return now;
        }
        ZonedDateTime end = local.with(to).withSecond(0).withNano(0);
        if (!end.isAfter(local)) {
            end = end.plusDays(1);
        }
        return end.toInstant();
    }
}
