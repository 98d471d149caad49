package vn.dcim.core.maintenance;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.device.DeviceStandings;

import java.sql.Timestamp;
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
    private final Jdbc jdbc;
    private final DeviceStandings devices;

    /** The lowest id of the orders in progress since {@code at} or before on the device's equipment, if any. */
    public Optional<Long> onEquipmentOf(String deviceId, Instant at) {
        Long asset = devices.equipmentOf(deviceId).orElse(null);
        // orders of older releases were put on a device by its asset id as text
        return jdbc.list("read the work orders in progress of " + deviceId, "SELECT id FROM work_order WHERE status = 'in_progress' "
                        + "AND started_at <= ? AND (CAST(asset_id AS CHAR) = ? OR asset_id = ?) ORDER BY id LIMIT 1",
                rs -> rs.getLong(1), Timestamp.from(at), deviceId, asset).stream().findFirst();
    }
}
