package vn.dcim.core.capacity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.List;

/**
 * The totals of a room: space (U of all its racks), power (measured against the sum of the rack
 * budgets) and cooling (the measured IT power is the heat to remove, against the room's cooling
 * capacity), with each rack's capacity; {@code rows}/{@code positions} size its floor grid.
 */
@Serdeable
public record RoomCapacity(long roomId, String roomName, String siteId, int racks, int rows, int positions,
                           int totalU, int usedU, int freeU,
                           @Nullable Double powerKw, @Nullable BigDecimal powerBudgetKw, @Nullable Double powerPercent,
                           @Nullable BigDecimal coolingCapacityKw, @Nullable Double coolingLoadKw,
                           @Nullable Double coolingPercent, List<RackCapacity> rackCapacities) {
}
