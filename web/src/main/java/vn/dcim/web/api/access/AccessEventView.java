package vn.dcim.web.api.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.dcim.core.access.AccessEvent;

import java.time.Instant;

/** One line of the access log as the API shows it (Art. 6.6). */
@Serdeable
public record AccessEventView(long id, String display, String door, String site, String messageId, String result,
                              @Nullable String badge, @Nullable String person, String direction,
                              Instant deviceTime, Instant receivedTime) {

    public static AccessEventView of(AccessEvent e) {
        String who = e.person() != null ? e.person() : e.badge() != null ? e.badge() : "?";
        return new AccessEventView(e.id(), who + " " + e.result().name() + " at " + e.deviceId(), e.deviceId(), e.siteId(),
                e.messageId(), e.result().name(), e.badge(), e.person(), e.direction().name(), e.deviceTime(), e.receivedTime());
    }
}
