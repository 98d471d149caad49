package vn.dcim.core.change;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What the crew's phone sends for one step: the labels it scanned (the rack's, the equipment's, the far port's where it
 * has one), its own id for the scan (an offline queue sent twice is stored once), and, when the floor is not as planned,
 * {@code differs} with what was found instead.
 */
@Serdeable
public record StepScan(@Nullable String scanId, @Nullable String rackCode, @Nullable String assetCode, @Nullable String portCode,
                       @Nullable Boolean differs, @Nullable String difference) {
}
