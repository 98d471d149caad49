package vn.dcim.core.maintenance;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * An order being worked on, as a shift hands it over: what is done (the order's title, else its plan's name), on
 * which equipment (an asset, else a monitored device, else none) and by which crew.
 */
@Introspected
public record WorkInProgress(long id, @Nullable Instant startedAt, @Nullable String what, @Nullable Long assetId,
                             @Nullable String deviceId, @Nullable String crew) {
}
