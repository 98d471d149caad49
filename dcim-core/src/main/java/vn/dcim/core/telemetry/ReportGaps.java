package vn.dcim.core.telemetry;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.db.SqlTime;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The longest silence between two points of a device (any of its series) in a span, measured in SQL over the
 * points still kept as rows: how a device that reports at its own pace shows its cadence.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReportGaps {
    private final Jdbc jdbc;

    /** Each of these devices' longest gap in [from, to]; a device with fewer than two points in it is absent. */
    public Map<String, Duration> longest(Collection<String> deviceIds, Instant from, Instant to) {
        Map<String, Duration> out = new HashMap<>();
        if (deviceIds.isEmpty()) {
            return out;
        }
        List<Object> params = new ArrayList<>(deviceIds);
        params.add(SqlTime.of(from));
        params.add(SqlTime.of(to));
        // a gap is only ever measured between two points that were both seen
        jdbc.list("read how often devices report", "SELECT device_id, MAX(gap) FROM (SELECT s.device_id, "
                        + "TIMESTAMPDIFF(SECOND, LAG(p.ts) OVER (PARTITION BY s.device_id ORDER BY p.ts), p.ts) AS gap "
                        + "FROM series s JOIN series_point p ON p.series_id = s.id WHERE s.device_id IN ("
                        + String.join(",", Collections.nCopies(deviceIds.size(), "?")) + ") AND p.ts >= ? AND p.ts <= ?) g "
                        + "WHERE gap IS NOT NULL GROUP BY device_id",
                rs -> out.put(rs.getString(1), Duration.ofSeconds(rs.getLong(2))), params.toArray());
        return out;
    }
}
