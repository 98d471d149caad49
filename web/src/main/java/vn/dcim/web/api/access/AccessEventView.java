package vn.dcim.web.api.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.dcim.core.access.AccessEvent;

import java.time.Instant;

/**
 * One line of the access log as the API shows it (Art. 6.6): {@code door} is the controller's id, {@code doorNo} its
 * number of the door or reader and {@code doorName} the door's name as the registry knew it when the event came (both
 * null where the controller or the registry said none).
 */
@Serdeable
public record AccessEventView(long id, String display, String door, @Nullable String doorNo, @Nullable String doorName, String site,
                              String messageId, String result, @Nullable String badge, @Nullable String person, String direction,
                              Instant deviceTime, Instant receivedTime) {

    public static AccessEventView of(AccessEvent e) {
        String who = e.person() != null ? e.person() : e.badge() != null ? e.badge() : "?";
        return new AccessEventView(e.id(), who + " " + e.result().name() + " at " + e.door(), e.deviceId(), e.doorNo(), e.doorName(),
                e.siteId(), e.messageId(), e.result().name(), e.badge(), e.person(), e.direction().name(), e.deviceTime(), e.receivedTime());
    }
}
