package vn.dcim.core.notification.channel;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A link sent in a message that acknowledges an alarm as the person it was sent to, once, until it expires. */
@MappedEntity("ack_link")
record AckLink(@Id String id, long alarmId, String person, Instant createdAt, Instant expiresAt, @Nullable Instant usedAt) {

    AckLinks.Link link() {
        return new AckLinks.Link(id, alarmId, person, expiresAt, usedAt);
    }
}
