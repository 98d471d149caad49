package vn.dcim.core.change;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.dcim.core.text.Phrase;

import java.math.BigDecimal;
import java.util.List;

/**
 * One rack the equipment can go to, with where (U {@code lowU}–{@code highU}), how well it fits ({@code score}, higher is
 * better) and why, and the effect on the budgets: the rack's U, its allocated power against its budget, the measured
 * power, the PDUs with a free outlet and the UPSs behind them, the room's cooling load against its capacity.
 */
@Serdeable
public record PlacementOption(long rackId, String rackName, long roomId, String roomName, int score, int lowU, int highU,
                              int freeUBefore, int freeUAfter, int allocatedWBefore, int allocatedWAfter,
                              @Nullable BigDecimal budgetKw, @Nullable Double measuredKw, int pdusWithFreeOutlet,
                              int upsFeeds, @Nullable Integer freeNetworkPorts, @Nullable Double roomCoolingLoadKwAfter,
                              @Nullable BigDecimal roomCoolingCapacityKw, List<Phrase> reasons) {
}
