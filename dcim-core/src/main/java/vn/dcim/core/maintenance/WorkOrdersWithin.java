package vn.dcim.core.maintenance;

import io.micronaut.core.annotation.Nullable;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The work orders an account limited to some sites or to an agency's equipment may see: an order belongs where its
 * equipment is (its device, else its asset, else its rack). {@code devices} and {@code assets} null: those of the
 * {@code sites}; given: those only (an agency's, each at an admitted site). {@code racks}: the racks admitted.
 * An order on no equipment (the whole system's yearly maintenance) is the centre's and outside every limited scope.
 */
public record WorkOrdersWithin(Set<String> sites, @Nullable Set<String> devices, @Nullable Set<Long> assets, Set<Long> racks) {

    /** {@code siteDevices}, {@code siteAssets}: the devices and equipment of the {@code sites}, as their owners told (asked only when {@code devices} or {@code assets} is null). */
    String where(List<Object> params, Collection<String> siteDevices, Collection<Long> siteAssets) {
        StringBuilder sql = new StringBuilder("(device_id IS NOT NULL AND ");
        if (devices != null) {
            sql.append(among("device_id", devices, params));
        } else {
            sql.append(among("device_id", siteDevices, params));
        }
        sql.append(" OR device_id IS NULL AND asset_id IS NOT NULL AND ");
        if (assets != null) {
            sql.append(among("asset_id", assets, params));
        } else {
            sql.append(among("asset_id", siteAssets, params));
        }
        sql.append(" OR device_id IS NULL AND asset_id IS NULL AND ").append(among("rack_id", racks, params)).append(')');
        return sql.toString();
    }

    private static String among(String column, Collection<?> values, List<Object> params) {
        if (values.isEmpty()) {
            return "FALSE";
        }
        params.addAll(values);
        return column + " IN (" + String.join(",", values.stream().map(v -> "?").toList()) + ")";
    }
}
