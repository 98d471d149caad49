package vn.dcim.core.alarm;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.db.SqlTime;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * How often an MQTT device has been heard of late: the longest silence between two of its reports in the last
 * {@link #LEARNED_OVER} of its points. Such a device is not polled; it reports on change or at its own pace, so
 * its polling interval says nothing about when it is overdue, its own past does.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReportCadence {
    /** A day holds a sensor's quiet night and busy day; a device heard once in it has shown no cadence yet. */
    static final Duration LEARNED_OVER = Duration.ofDays(1);

    // the points still kept as rows (today's, and yesterday's until folded into a chunk): enough to learn a
    // cadence, and a gap is only ever measured between two points that were both seen
    private static final String LONGEST_SILENCE = "SELECT device_id, MAX(gap) FROM (SELECT s.device_id, "
            + "TIMESTAMPDIFF(SECOND, LAG(p.ts) OVER (PARTITION BY s.device_id ORDER BY p.ts), p.ts) AS gap "
            + "FROM series s JOIN series_point p ON p.series_id = s.id JOIN monitored_device d ON d.id = s.device_id "
            + "WHERE d.protocol = 'mqtt' AND d.enabled AND p.ts >= ? AND p.ts <= ?) g WHERE gap IS NOT NULL GROUP BY device_id";

    private final Jdbc jdbc;

    /** Each MQTT device's longest silence between two reports since {@code now - LEARNED_OVER}; absent: not yet known. */
    Map<String, Duration> longestSilences(Instant now) {
        Map<String, Duration> out = new HashMap<>();
        jdbc.list("read how often MQTT devices report", LONGEST_SILENCE,
                rs -> out.put(rs.getString(1), Duration.ofSeconds(rs.getLong(2))), SqlTime.of(now.minus(LEARNED_OVER)), SqlTime.of(now));
        return out;
    }
}
