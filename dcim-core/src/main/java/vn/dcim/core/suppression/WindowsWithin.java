package vn.dcim.core.suppression;

import io.micronaut.core.annotation.Nullable;

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
     * The ids of the targets a window may be put on and be seen, by kind; {@code siteDevices}, {@code sitePowerNodes}: the
     * devices and the power-chain elements of the {@code sites}, as their owners told (the devices asked only when
     * {@code devices} is null, the elements only for {@code wholeSites}). An empty kind admits no window of it.
     */
    Targets targets(Collection<String> siteDevices, Collection<Long> sitePowerNodes) {
        return new Targets(devices != null ? devices : siteDevices, strings(racks), wholeSites, strings(rooms), sites, strings(sitePowerNodes));
    }

    /** Target ids as maintenance_window holds them (text); rooms, sites and power-chain elements count only with {@code wholeSites}. */
    record Targets(Collection<String> devices, Collection<String> racks, boolean wholeSites, Collection<String> rooms,
                   Collection<String> sites, Collection<String> powerNodes) {
    }

    private static List<String> strings(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).toList();
    }
}
