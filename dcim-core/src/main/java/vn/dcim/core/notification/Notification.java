package vn.dcim.core.notification;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import vn.dcim.core.text.ColumnText;

import java.time.Instant;

/**
 * One message in the outbox; retried with a growing delay, each failure's reason kept. A message to a
 * person's contact names the contact and its channel type, and is dead-lettered ({@code deadAt})
 * after the channel types' number of failed attempts.
 */
@MappedEntity("notification")
public record Notification(@Id @GeneratedValue @Nullable Long id, Channel channel, String address, RecipientRole role,
                           String subject, String body, @Nullable Long alarmId, @Nullable Long incidentId, Instant createdAt,
                           int attempts, Instant nextAttemptAt, @Nullable Instant deliveredAt, @Nullable String lastError,
                           @Nullable String attachment, @Nullable Long recipientId, @Nullable Long contactId,
                           @Nullable String channelType, @Nullable Instant deadAt) {

    @Creator
    public Notification {
    }

    public Notification(@Nullable Long id, Channel channel, String address, RecipientRole role, String subject, String body,
                        @Nullable Long alarmId, @Nullable Long incidentId, Instant createdAt, int attempts, Instant nextAttemptAt,
                        @Nullable Instant deliveredAt, @Nullable String lastError, @Nullable String attachment, @Nullable Long recipientId) {
        this(id, channel, address, role, subject, body, alarmId, incidentId, createdAt, attempts, nextAttemptAt, deliveredAt, lastError,
                attachment, recipientId, null, null, null);
    }

    Notification delivered(Instant at) {
        return new Notification(id, channel, address, role, subject, body, alarmId, incidentId, createdAt, attempts + 1,
                nextAttemptAt, at, null, attachment, recipientId, contactId, channelType, null);
    }

    Notification failed(Instant retryAt, String error, @Nullable Instant dead) {
        String bounded = ColumnText.fit(error, 1000);
        return new Notification(id, channel, address, role, subject, body, alarmId, incidentId, createdAt, attempts + 1,
                retryAt, null, bounded, attachment, recipientId, contactId, channelType, dead);
    }
}
