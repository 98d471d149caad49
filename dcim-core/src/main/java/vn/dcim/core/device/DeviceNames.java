package vn.dcim.core.device;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Devices as people name them in a sentence or a document: the equipment's name in the registry ("UPS phòng máy"),
 * else the device's own name, never its id ("ups-1"); an id no device has (deleted since) is told as kept.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DeviceNames {
    private final Jdbc jdbc;

    /** One device's name, for a message about it. */
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

    /** Every device's name, for one document's many rows. */
    public Lookup lookup() {
        Map<String, String> names = new HashMap<>();
        jdbc.list("read the devices' names", "SELECT d.id, COALESCE(NULLIF(a.name, ''), NULLIF(d.name, ''), d.id) FROM monitored_device d "
                + "LEFT JOIN asset a ON a.id = d.asset_id", rs -> names.put(rs.getString(1), rs.getString(2)));
        return new Lookup(Map.copyOf(names));
    }

    public record Lookup(Map<String, String> names) {
        public String of(String deviceId) {
            return deviceId == null ? "" : names.getOrDefault(deviceId, deviceId);
        }
    }
}
