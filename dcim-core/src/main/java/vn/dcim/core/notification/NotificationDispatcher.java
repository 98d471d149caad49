package vn.dcim.core.notification;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dcim.core.incident.Incidents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Works through the outbox: every due notification is attempted; a failure is recorded with its
 * reason and retried with a growing delay (10 s doubling up to 1 h), so a notification is retried
 * until delivered (Art. 30.8c) and an SMTP outage loses nothing. A message to a person's contact
 * is dead-lettered after the number of attempts its channel types allow, so that escalation, not a
 * silent retry, reaches someone else.
 */
@Singleton
@Requires(property = "dcim.notify.enabled", notEquals = "false")
public class NotificationDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(NotificationDispatcher.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(10);
    private static final Duration LONGEST_RETRY = Duration.ofHours(1);
    private static final int BATCH = 50;

    private final NotificationRepository outbox;
    private final Map<Channel, NotificationSender> senders = new EnumMap<>(Channel.class);
    private NotificationSender typed;
    private final Clock clock;
    private final Incidents incidents;

    NotificationDispatcher(NotificationRepository outbox, List<NotificationSender> senders, Clock clock, Incidents incidents) {
        this.outbox = outbox;
        this.incidents = incidents;
        for (NotificationSender s : senders) {
            if (s.typed()) {
                this.typed = s;
            } else {
                this.senders.put(s.channel(), s);
            }
        }
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${dcim.notify.dispatch-interval:2s}", initialDelay = "5s")
    public synchronized int dispatch() {
        int delivered = 0;
        List<Notification> due = outbox.findByDeliveredAtIsNullAndDeadAtIsNullAndNextAttemptAtLessThanEquals(clock.instant(),
                Pageable.from(0, BATCH, Sort.of(Sort.Order.asc("nextAttemptAt"))));
        for (Notification n : due) {
            NotificationSender sender = n.channelType() != null && typed != null ? typed : senders.get(n.channel());
            try {
                sender.send(n);
                Instant sent = clock.instant();
                outbox.update(n.delivered(sent));
                delivered++;
                if (n.incidentId() != null && NotificationPlanner.AUTHORITIES.contains(n.role())) {
                    // Art. 7.4, 13.2b, 13.2c: "reported" only once delivered, with its recipient and the time it was sent
                    incidents.reported(n.incidentId(), NotificationPlanner.authority(n.role()), n.address(), sent);
                }
            } catch (Exception e) {
                Instant retryAt = clock.instant().plus(backoff(n.attempts() + 1));
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
                // A message to a person's contact goes to the dead letters after the channel types' number of attempts
                boolean dead = n.contactId() != null && sender.deadLetterAfter() > 0 && n.attempts() + 1 >= sender.deadLetterAfter();
                outbox.update(n.failed(retryAt, reason, dead ? clock.instant() : null));
                if (dead) {
                    LOG.warn("Notification {} to {} ({}) dead-lettered after {} attempts: {}", n.id(), n.address(), n.channelType(),
                            n.attempts() + 1, reason);
                    continue;
                }
                LOG.warn("Notification {} to {} ({}) failed, attempt {}, retry at {}: {}", n.id(), n.address(), n.channel(),
                        n.attempts() + 1, retryAt, reason);
            }
        }
        return delivered;
    }

    static Duration backoff(int attempts) {
        Duration d = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        return d.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : d;
    }
}
