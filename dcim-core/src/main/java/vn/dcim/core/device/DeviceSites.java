package vn.dcim.core.device;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;

import java.util.Collection;
import java.util.Collections;
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
    private final Jdbc jdbc;

    /** Where a device is and whether the center watches it. */
    public record Sited(String siteId, boolean enabled) {
    }

    /** Each of these devices that exists, by its id as stored. */
    public Map<String, Sited> of(Collection<String> deviceIds) {
        Map<String, Sited> out = new HashMap<>();
        List<String> ids = deviceIds.stream().distinct().toList();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.list("read the devices' sites", "SELECT id, site_id, enabled FROM monitored_device WHERE id IN ("
                        + String.join(",", Collections.nCopies(ids.size(), "?")) + ")",
                rs -> out.put(rs.getString(1), new Sited(rs.getString(2), rs.getBoolean(3))), ids.toArray());
        return out;
    }
}
