package vn.dcim.core.maintenance;

import io.micronaut.core.annotation.Nullable;

import java.util.Collection;
import java.util.Set;

/**
 * The work orders an account limited to some sites or to an agency's equipment may see: an order belongs where its
 * equipment is (its device, else its asset, else its rack). {@code devices} and {@code assets} null: those of the
 * {@code sites}; given: those only (an agency's, each at an admitted site). {@code racks}: the racks admitted.
 * An order on no equipment (the whole system's yearly maintenance) is the centre's and outside every limited scope.
 */
public record WorkOrdersWithin(Set<String> sites, @Nullable Set<String> devices, @Nullable Set<Long> assets, Set<Long> racks) {

    /**
     * The scope as the orders' search asks it ({@link WorkOrderRepository#WITHIN}); {@code siteDevices},
     * {@code siteAssets}: the devices and equipment of the {@code sites}, as their owners told (asked only when
     * {@code devices} or {@code assets} is null).
     */
    WorkOrderRepository.Scope scope(Collection<String> siteDevices, Collection<Long> siteAssets) {
        Collection<String> d = devices != null ? devices : siteDevices;
        Collection<Long> a = assets != null ? assets : siteAssets;
        return new WorkOrderRepository.Scope(false, d.isEmpty() ? WorkOrderRepository.NONE : d,
                a.isEmpty() ? WorkOrderRepository.NO_ID : a, racks.isEmpty() ? WorkOrderRepository.NO_ID : racks);
    }
}
