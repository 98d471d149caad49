package vn.dcim.web.ui.device;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Times as the operator reads them: Vietnam's wall clock (every center the product serves is in one
 * zone, as LinkAvailability counts its months), whatever zone the server runs in.
 */
public final class ShownTime {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    public String of(@Nullable Instant at) {
        return at == null ? "" : FORMAT.format(at);
    }
}
