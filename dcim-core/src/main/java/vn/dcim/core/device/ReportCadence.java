package vn.dcim.core.device;

import jakarta.inject.Singleton;
import vn.dcim.core.telemetry.ReportGaps;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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

    // the points still kept as rows (today's, and yesterday's until folded into a chunk): enough to learn a cadence
    private final MonitoredDeviceRepository devices;
    private final ReportGaps gaps;
    private final Clock clock;
    // the screens' shared reading: every device's answer, absent as Optional.empty(), until a minute has passed
    private final Map<String, Optional<Duration>> recent = new ConcurrentHashMap<>();
    private volatile Instant readAt = Instant.MIN;

    ReportCadence(MonitoredDeviceRepository devices, ReportGaps gaps, Clock clock) {
        this.devices = devices;
        this.gaps = gaps;
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

    // the enabled MQTT devices (or the one asked, when it is one) from the device's own table, their gaps from telemetry
    private Map<String, Duration> read(Instant now, String deviceId) {
        List<String> mqtt = deviceId == null ? devices.findIdByProtocolAndEnabled(Protocol.mqtt, true)
                : devices.findIdByIdAndProtocolAndEnabled(deviceId, Protocol.mqtt, true);
        return gaps.longest(mqtt, now.minus(LEARNED_OVER), now);
    }
}
