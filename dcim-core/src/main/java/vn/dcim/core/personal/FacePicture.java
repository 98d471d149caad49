package vn.dcim.core.personal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A face picture a door terminal took with an access event, without its bytes: the door (device) and its site (null
 * for a picture whose door is no longer known), the event's number on it, whose face as the event named them (name, badge), when taken and kept, its type and size.
 */
@Serdeable
public record FacePicture(long id, String deviceId, @Nullable String siteId, @Nullable String messageId, @Nullable String person, @Nullable String badge,
                          Instant takenAt, Instant storedAt, String contentType, int bytes) {
}
