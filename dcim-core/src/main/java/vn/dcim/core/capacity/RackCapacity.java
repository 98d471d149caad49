package vn.dcim.core.capacity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a rack holds and draws: U used and free (a U taken on either face counts), the power its
 * PDUs measure now against its budget, and the hottest inlet temperature its sensors read.
 * Measured values are null when nothing in the rack reports them; {@code measuredAt} is the newest
 * of the readings they come from.
 */
@Serdeable
public record RackCapacity(long rackId, String rackName, long roomId, @Nullable Integer gridRow,
                           @Nullable Integer gridPosition, int heightU, int usedU, int freeU,
                           @Nullable Double powerKw, @Nullable BigDecimal powerBudgetKw, @Nullable Double powerPercent,
                           @Nullable Double inletTemperatureC, @Nullable Instant measuredAt) {
}
