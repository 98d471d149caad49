package vn.dcim.core.suppression;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The maintenance windows an account limited to some sites or to an agency's equipment may see: a window belongs
 * where what it is put on stands. {@code devices} null: the devices of the {@code sites}; given: those only (an
 * agency's). A window on a whole site, a room or a power-chain element covers everyone's equipment there: a site's
 * account sees it ({@code wholeSites}), an agency's account, which sees its own equipment only, does not.
 */
public record WindowsWithin(Set<String> sites, @Nullable Set<String> devices, Set<Long> racks, Set<Long> rooms, boolean wholeSites) {

    /**
     * {@code siteDevices}, {@code sitePowerNodes}: the devices and the power-chain elements of the {@code sites}, as
     * their owners told (the devices asked only when {@code devices} is null, the elements only for {@code wholeSites}).
     */
    String where(List<Object> params, Collection<String> siteDevices, Collection<Long> sitePowerNodes) {
        List<String> any = new ArrayList<>();
        if (devices != null) {
            any.add("target_kind = 'device' AND " + among("target_id", devices, params));
        } else {
            any.add("target_kind = 'device' AND " + among("target_id", siteDevices, params));
        }
        any.add("target_kind = 'rack' AND " + among("target_id", racks.stream().map(String::valueOf).toList(), params));
        if (wholeSites) {
            any.add("target_kind = 'room' AND " + among("target_id", rooms.stream().map(String::valueOf).toList(), params));
            any.add("target_kind = 'site' AND " + among("target_id", sites, params));
            any.add("target_kind = 'power_node' AND " + among("target_id", sitePowerNodes.stream().map(String::valueOf).toList(), params));
        }
        return "(" + String.join(" OR ", any.stream().map(c -> "(" + c + ")").toList()) + ")";
    }

    private static String among(String column, Collection<?> values, List<Object> params) {
        if (values.isEmpty()) {
            return "FALSE";
        }
        params.addAll(values);
        return column + " IN (" + String.join(",", values.stream().map(v -> "?").toList()) + ")";
    }
}
