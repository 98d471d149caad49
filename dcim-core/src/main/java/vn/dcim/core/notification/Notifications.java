package vn.dcim.core.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Like;
import vn.dcim.core.db.Paged;
import vn.dcim.core.text.ColumnText;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The outbox's front door: what other features use to tell a role something; delivery is the dispatcher's. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Notifications {
    private final RecipientRepository recipients;
    private final NotificationRepository outbox;
    private final Clock clock;
    private final Webhooks webhooks;

    /** The outbox newest first, one page of it; {@code offset} is a multiple of {@code limit}. */
    public Page<Notification> outbox(int limit, int offset) {
        return outbox.findAll(Pageable.from(offset / limit, limit, Sort.of(Sort.Order.desc("id"))));
    }

    /**
     * The outbox newest first, of the messages about the alarms of these sites (empty: any site) and, when
     * {@code devices} is not null, of those devices only: what an account limited to them may read, cut in SQL. A
     * message about no alarm (a report, an incident's escalation) is the centre's; an incident's messages are read on
     * the incident, where its scope is judged whole.
     */
    public Paged<Notification> outboxWithin(Set<String> sites, @Nullable Set<String> devices, int limit, int offset) {
        if (devices != null && devices.isEmpty()) {
            return new Paged<>(0, List.of());
        }
        boolean anySite = sites.isEmpty();
        boolean anyDevice = devices == null;
        // an IN list is never empty in SQL: a value no alarm has stands for "none"
        Set<String> siteList = anySite ? Set.of("") : sites;
        Set<String> deviceList = anyDevice ? Set.of("") : devices;
        return new Paged<>(outbox.countAboutAlarmsWithin(anySite, siteList, anyDevice, deviceList),
                outbox.pageAboutAlarmsWithin(anySite, siteList, anyDevice, deviceList,
                        Paged.limit(limit), Paged.offset(offset)));
    }

    /** The messages that carried a file whose name holds {@code namePart} (a report's), oldest first. */
    public List<Notification> withAttachment(String namePart) {
        return outbox.findByAttachmentLikeOrderById(Like.containing(namePart));
    }

    /** What was sent about an incident, in the order it was queued. */
    public List<Notification> ofIncident(long incidentId) {
        return outbox.findByIncidentIdOrderById(incidentId);
    }

    /** Queues one message per enabled recipient of the roles; e-mails carry the attachment, webhooks its path. */
    public int tell(Set<RecipientRole> roles, String subject, String body, @Nullable Path attachment) {
        return tell(roles, r -> true, subject, body, attachment);
    }

    /** As {@link #tell(Set, String, String, Path)}, to the enabled recipients of the roles that {@code who} admits only. */
    public int tell(Set<RecipientRole> roles, java.util.function.Predicate<Recipient> who, String subject, String body, @Nullable Path attachment) {
        int queued = 0;
        for (RecipientRole role : EnumSet.copyOf(roles)) {
            for (Recipient r : recipients.findByRoleAndEnabled(role, true)) {
                if (!who.test(r)) {
                    continue;
                }
                String file = attachment == null ? null : attachment.toAbsolutePath().toString();
                enqueue(r, subject, r.channel() == Channel.webhook ? webhooks.message(subject, body, file) : body, null, null,
                        r.channel() == Channel.email ? file : null);
                queued++;
            }
        }
        return queued;
    }

    /**
     * Queues an e-mail to an address that is no standing recipient (the readers of a scheduled report);
     * delivered, retried and listed like every other message of the outbox, under {@code role}.
     */
    public void mail(String address, RecipientRole role, String subject, String body, @Nullable Path attachment) {
        Instant now = clock.instant();
        String boundedSubject = ColumnText.fit(subject, 300);
        outbox.save(new Notification(null, Channel.email, address, role, boundedSubject, body, null, null, now, 0, now, null, null,
                attachment == null ? null : attachment.toAbsolutePath().toString(), null));
    }

    void enqueue(Recipient r, String subject, String body, @Nullable Long alarmId, @Nullable Long incidentId, @Nullable String attachment) {
        Instant now = clock.instant();
        String boundedSubject = ColumnText.fit(subject, 300);
        outbox.save(new Notification(null, r.channel(), r.address(), r.role(), boundedSubject, body, alarmId, incidentId, now, 0,
                now, null, null, attachment, r.id()));
    }
}
