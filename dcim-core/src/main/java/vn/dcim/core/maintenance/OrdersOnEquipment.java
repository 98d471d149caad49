package vn.dcim.core.maintenance;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.device.DeviceStandings;

import java.time.Instant;
import java.util.Optional;

/**
 * Art. 14.4: a work order in progress on a device's equipment is maintenance of that device, as a window is. Asked
 * while an alarm is raised, so it stands apart from {@link WorkOrders} (which raises alarms itself) and reads the
 * work orders alone once the device's equipment is known.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OrdersOnEquipment {
    private final WorkOrderRepository orders;
    private final DeviceStandings devices;

    /** The lowest id of the orders in progress since {@code at} or before on the device's equipment, if any. */
    public Optional<Long> onEquipmentOf(String deviceId, Instant at) {
        Long asset = devices.equipmentOf(deviceId).orElse(null);
        // orders of older releases were put on a device by its asset id as text
        return orders.findInProgressOn(at, deviceId, asset);
    }
}
