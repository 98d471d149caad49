package vn.dcim.core.device;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;

import java.util.List;

/**
 * The name a person gives the equipment behind a monitored device ("UPS phòng máy A"): the registered asset's
 * name, else the device's own name, else the id itself (a source no device row holds, e.g. a trap's sender).
 * Documents and messages sent outward name equipment this way, never by the poller's id.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EquipmentNames {
    private final Jdbc jdbc;

    public String of(String deviceId) {
        if (deviceId == null || deviceId.isBlank()) {
            return "";
        }
        List<String> names = jdbc.list("read an equipment name", "SELECT COALESCE(NULLIF(a.name, ''), NULLIF(d.name, ''), d.id) FROM monitored_device d "
                + "LEFT JOIN asset a ON a.id = d.asset_id WHERE d.id = ?", rs -> rs.getString(1), deviceId);
        return names.isEmpty() || names.get(0) == null ? deviceId : names.get(0);
    }

    /** The name, then the instance when the device has several of the thing ("UPS phòng máy A [2]"). */
    public String of(String deviceId, String instance) {
        return of(deviceId) + (instance == null || instance.equals("0") ? "" : " [" + instance + "]");
    }
}
