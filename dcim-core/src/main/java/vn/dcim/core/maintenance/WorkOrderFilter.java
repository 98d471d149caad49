package vn.dcim.core.maintenance;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
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
     * The SQL condition on {@code work_order}, its values added to {@code params}. The crew is found
     * ignoring case and marks (utf8mb4_unicode_520_ci takes Đ for D, as {@code Folded} does).
     * {@code deviceAsset}: the equipment of the {@code device} asked for (null: none); {@code rackAssets}: the
     * equipment standing in the {@code rack} asked for, as their owners told.
     */
    String where(List<Object> params, @Nullable Long deviceAsset, Collection<Long> rackAssets) {
        StringBuilder sql = new StringBuilder("TRUE");
        if (status != null) {
            sql.append(" AND status = ?");
            params.add(status);
        }
        if ("open".equals(state)) {
            sql.append(" AND status IN ('planned', 'assigned', 'in_progress', 'done')");
        } else if ("done".equals(state)) {
            sql.append(" AND status IN ('done', 'verified')");
        } else if (state != null && !"all".equals(state)) {
            sql.append(" AND FALSE");
        }
        if (crew != null) {
            sql.append(" AND crew IS NOT NULL AND crew COLLATE utf8mb4_unicode_520_ci LIKE ?");
            params.add("%" + crew.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (dueBefore != null) {
            sql.append(" AND due_date <= ?");
            params.add(dueBefore);
        }
        if (device != null) {
            // the device's own orders, and those on its equipment made before it was monitored
            sql.append(" AND (device_id = ? OR device_id IS NULL AND asset_id = ?)");
            params.add(device);
            params.add(deviceAsset);
        }
        if (asset != null) {
            sql.append(" AND asset_id = ?");
            params.add(asset);
        }
        if (rack != null) {
            // the rack's orders, and those on the equipment standing in it
            sql.append(" AND (rack_id = ?");
            params.add(rack);
            if (!rackAssets.isEmpty()) {
                sql.append(" OR asset_id IN (").append(String.join(",", Collections.nCopies(rackAssets.size(), "?"))).append(')');
                params.addAll(rackAssets);
            }
            sql.append(')');
        }
        return sql.toString();
    }
}
