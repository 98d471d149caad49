package vn.dcim.core.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One message in the outbox; retried until delivered, each failure's reason kept. */
@MappedEntity("notification")
public record Notification(@Id @GeneratedValue @Nullable Long id, Channel channel, String address, RecipientRole role,
                           String subject, String body, @Nullable Long alarmId, @Nullable Long incidentId, Instant createdAt,
                           int attempts, Instant nextAttemptAt, @Nullable Instant deliveredAt, @Nullable String lastError,
                           @Nullable String attachment, @Nullable Long recipientId) {

    Notification delivered(Instant at) {
        return new Notification(id, channel, address, role, subject, body, alarmId, incidentId, createdAt, attempts + 1,
                nextAttemptAt, at, null, attachment, recipientId);
    }

    Notification failed(Instant retryAt, String error) {
        String bounded = error.length() > 1000 ? error.substring(0, 997) + "..." : error;
        return new Notification(id, channel, address, role, subject, body, alarmId, incidentId, createdAt, attempts + 1,
                retryAt, null, bounded, attachment, recipientId);
    }
}
