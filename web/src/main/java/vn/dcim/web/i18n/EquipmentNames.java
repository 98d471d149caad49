package vn.dcim.web.i18n;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.device.MonitoredDevices;

import java.util.HashMap;
import java.util.Map;

/**
 * The names people gave the monitored devices ("UPS 1 - Phòng máy chủ"), for screens that hold a device's id
 * (an alarm's source, a reading's device). A screen reads them once ({@link Shown} keeps them for its page): a
 * console of a hundred rows is one query, not a hundred.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EquipmentNames {
    private final MonitoredDevices devices;

    /** Every device's name by its id. */
    public Map<String, String> all() {
        Map<String, String> read = new HashMap<>();
        for (MonitoredDevice d : devices.all()) {
            if (d.name() != null && !d.name().isBlank()) {
                read.put(d.id(), d.name());
            }
        }
        return read;
    }
}
