package vn.dcim.core.device;

import jakarta.inject.Singleton;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.db.SqlTime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How often an MQTT device has been heard of late: the longest silence between two of its reports in the last
 * {@link #LEARNED_OVER} of its points. Such a device is not polled; it reports on change or at its own pace, so
 * its polling interval says nothing about when it is overdue, its own past does. The staleness duty reads it
 * afresh on each run; screens share one reading a minute per instance instead of a query per device shown.
 */
@Singleton
class ReportCadence {
    /** A day holds a sensor's quiet night and busy day; a device heard once in it has shown no cadence yet. */
    static final Duration LEARNED_OVER = Duration.ofDays(1);
    private static final Duration SCREENS_REUSE = Duration.ofMinutes(1);

    // the points still kept as rows (today's, and yesterday's until folded into a chunk): enough to learn a
    // cadence, and a gap is only ever measured between two points that were both seen
    private static final String LONGEST_SILENCE = "SELECT device_id, MAX(gap) FROM (SELECT s.device_id, "
            + "TIMESTAMPDIFF(SECOND, LAG(p.ts) OVER (PARTITION BY s.device_id ORDER BY p.ts), p.ts) AS gap "
            + "FROM series s JOIN series_point p ON p.series_id = s.id JOIN monitored_device d ON d.id = s.device_id "
            + "WHERE d.protocol = 'mqtt' AND d.enabled AND p.ts >= ? AND p.ts <= ? %s) g WHERE gap IS NOT NULL GROUP BY device_id";

    private final Jdbc jdbc;
    private final Clock clock;
    // the screens' shared reading: every device's answer, absent as Optional.empty(), until a minute has passed
    private final Map<String, Optional<Duration>> recent = new ConcurrentHashMap<>();
    private volatile Instant readAt = Instant.MIN;

    ReportCadence(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Each MQTT device's longest silence between two reports since {@code now - LEARNED_OVER}; absent: not yet known. */
    Map<String, Duration> longestSilences(Instant now) {
        return read(now, null);
    }

    /**
     * The device's longest silence as read at most a minute ago (a device not in that reading, just bound: read
     * alone); null: not yet known.
     */
    Duration recentLongestSilence(String deviceId) {
        Instant now = clock.instant();
        if (readAt.plus(SCREENS_REUSE).isBefore(now)) {
            Map<String, Duration> all = read(now, null);
            recent.clear();
            all.forEach((device, silence) -> recent.put(device, Optional.of(silence)));
            readAt = now;
        }
        return recent.computeIfAbsent(deviceId, d -> Optional.ofNullable(read(now, d).get(d))).orElse(null);
    }

    private Map<String, Duration> read(Instant now, String deviceId) {
        Map<String, Duration> out = new HashMap<>();
        List<Object> params = new ArrayList<>(List.of(SqlTime.of(now.minus(LEARNED_OVER)), SqlTime.of(now)));
        if (deviceId != null) {
            params.add(deviceId);
        }
        jdbc.list("read how often MQTT devices report", String.format(LONGEST_SILENCE, deviceId == null ? "" : "AND s.device_id = ?"),
                rs -> out.put(rs.getString(1), Duration.ofSeconds(rs.getLong(2))), params.toArray());
        return out;
    }
}
