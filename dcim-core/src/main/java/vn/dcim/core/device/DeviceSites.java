package vn.dcim.core.device;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The site of many devices at once and whether each is enabled, for a feature that keeps rows per device (the push
 * credentials) and shows or admits them by their device. Read from the device's own columns.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DeviceSites {
    private final MonitoredDeviceRepository devices;

    /** Where a device is and whether the center watches it. */
    public record Sited(String siteId, boolean enabled) {
    }

    /** Each of these devices that exists, by its id as stored. */
    public Map<String, Sited> of(Collection<String> deviceIds) {
        Map<String, Sited> out = new HashMap<>();
        List<String> ids = deviceIds.stream().distinct().toList();
        if (!ids.isEmpty()) {
            devices.searchByIdInList(ids).forEach(d -> out.put(d.id(), new Sited(d.siteId(), d.enabled())));
        }
        return out;
    }
}
