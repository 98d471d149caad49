package vn.dcim.core.access;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * One badge presented at a door (Art. 6.6). {@code messageId} is the controller's own id of the
 * event, unique per controller; {@code deviceTime} is the controller's clock, {@code receivedTime} ours.
 * {@code id} is null until stored.
 */
public record AccessEvent(@Nullable Long id,
                          String deviceId,
                          String messageId,
                          String siteId,
                          AccessResult result,
                          @Nullable String badge,
                          @Nullable String person,
                          AccessDirection direction,
                          Instant deviceTime,
                          Instant receivedTime) {
}
