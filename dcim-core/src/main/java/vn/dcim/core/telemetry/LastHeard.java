package vn.dcim.core.telemetry;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** When each device last sent a reading: the newest of its latest values, for the duties that miss a silent device. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LastHeard {
    private final Jdbc jdbc;
    private final LatestValues latest;

    /** The devices that ever sent a reading, each with the time of its newest; what memory still holds is written first. */
    public Map<String, Instant> byDevice() {
        latest.flush();
        Map<String, Instant> out = new HashMap<>();
        jdbc.list("read when devices last reported", "SELECT device_id, MAX(ts) FROM latest_reading GROUP BY device_id",
                rs -> out.put(rs.getString(1), rs.getTimestamp(2).toInstant()));
        return out;
    }

    /** As {@link #byDevice()}, of these devices only. */
    public Map<String, Instant> of(Collection<String> deviceIds) {
        Map<String, Instant> out = new HashMap<>();
        if (deviceIds.isEmpty()) {
            return out;
        }
        latest.flush();
        jdbc.list("read when devices last reported", "SELECT device_id, MAX(ts) FROM latest_reading WHERE device_id IN ("
                        + String.join(",", Collections.nCopies(deviceIds.size(), "?")) + ") GROUP BY device_id",
                rs -> out.put(rs.getString(1), rs.getTimestamp(2).toInstant()), deviceIds.toArray());
        return out;
    }
}
