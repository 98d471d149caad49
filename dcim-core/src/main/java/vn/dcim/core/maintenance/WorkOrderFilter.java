package vn.dcim.web.api.maintenance;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

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
}
