package vn.dcim.core.device;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.AssetNames;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Devices as people name them in a sentence or a document: the equipment's name in the registry ("UPS phòng máy"),
 * else the device's own name, never its id ("ups-1"); an id no device has (deleted since) is told as kept.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DeviceNames {
    private final MonitoredDeviceRepository devices;
    private final AssetNames assetNames;

    /** One device's name, for a message about it. */
    public String of(String deviceId) {
        if (deviceId == null || deviceId.isBlank()) {
            return "";
        }
        return named(devices.readById(deviceId).stream().toList())
                .values().stream().findFirst().orElse(deviceId);
    }

    /** The name, then the instance when the device has several of the thing ("UPS phòng máy A [2]"). */
    public String of(String deviceId, String instance) {
        return of(deviceId) + (instance == null || instance.equals("0") ? "" : " [" + instance + "]");
    }

    /** Every device's name, for one document's many rows. */
    public Lookup lookup() {
        return new Lookup(Map.copyOf(named(devices.findAllNamings())));
    }

    private Map<String, String> named(List<DeviceNaming> named) {
        Map<Long, String> equipment = assetNames.of(named.stream().map(DeviceNaming::assetId).filter(Objects::nonNull).toList());
        Map<String, String> names = new HashMap<>();
        named.forEach(d -> names.put(d.id(), name(d.assetId() == null ? null : equipment.get(d.assetId()), d.name(), d.id())));
        return names;
    }

    // the registry's name, else the device's, else its id; an empty name counts as none
    private static String name(String equipment, String own, String id) {
        return equipment != null && !equipment.isEmpty() ? equipment : own != null && !own.isEmpty() ? own : id;
    }

    public record Lookup(Map<String, String> names) {
        public String of(String deviceId) {
            return deviceId == null ? "" : names.getOrDefault(deviceId, deviceId);
        }
    }
}
