package vn.dcim.core.maintenance;

import io.micronaut.core.annotation.Nullable;
import vn.dcim.core.db.Like;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * What a list of work orders asks for; every field optional. {@code state}: {@code open} (not yet
 * signed off or cancelled: planned, assigned, in progress, done), {@code done} (the work is done:
 * done or verified, the history of signed-off work) or null for all. {@code device}, {@code rack} and
 * {@code asset} find an order by what it is for, also through the equipment (an order on a rack's
 * server is found by the rack).
 */
public record WorkOrderFilter(@Nullable String status, @Nullable String crew, @Nullable LocalDate dueBefore,
                              @Nullable String device, @Nullable Long rack, @Nullable Long asset, @Nullable String state) {

    public static WorkOrderFilter all() {
        return new WorkOrderFilter(null, null, null, null, null, null, null);
    }

    public static WorkOrderFilter ofAsset(long assetId) {
        return new WorkOrderFilter(null, null, null, null, null, assetId, null);
    }

    /**
     * The values the orders' search is asked with ({@link WorkOrderRepository#FOUND}): {@code deviceAsset} is the
     * equipment of the {@code device} asked for (null: none); {@code rackAssets} the equipment standing in the
     * {@code rack} asked for, as their owners told; {@code crewOnly} a technician's crew (null: any crew).
     */
    WorkOrderRepository.Search search(@Nullable Long deviceAsset, Collection<Long> rackAssets, @Nullable String crewOnly,
                                      WorkOrderRepository.Scope scope) {
        boolean anyState = state == null || "all".equals(state);
        List<String> states = switch (anyState ? "all" : state) {
            case "open" -> List.of("planned", "assigned", "in_progress", "done");
            case "done" -> List.of("done", "verified");
            default -> WorkOrderRepository.NONE;
        };
        String crewLike = crew == null ? null : Like.containing(crew.strip());
        return new WorkOrderRepository.Search(status, anyState, states, crewLike,
                dueBefore, device, deviceAsset, asset, rack, rackAssets.isEmpty() ? WorkOrderRepository.NO_ID : rackAssets, crewOnly, scope);
    }
}
