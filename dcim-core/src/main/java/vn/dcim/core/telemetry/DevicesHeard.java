package vn.dcim.core.telemetry;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.db.SqlTime;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** When devices last sent a reading, as the table holds it (a check judging a device's silence asks the stored time). */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DevicesHeard {
    private final Jdbc jdbc;

    /** The time of each device's newest latest value; a device that never sent one is left out. */
    public Map<String, Instant> lastReading(Collection<String> deviceIds) {
        Map<String, Instant> last = new HashMap<>();
        if (!deviceIds.isEmpty()) {
            jdbc.list("read when the devices last sent a reading", "SELECT device_id, MAX(ts) FROM latest_reading WHERE device_id IN ("
                            + String.join(", ", Collections.nCopies(deviceIds.size(), "?")) + ") GROUP BY device_id",
                    rs -> last.put(rs.getString(1), SqlTime.instant(rs, 2)), deviceIds.toArray());
        }
        return last;
    }
}
