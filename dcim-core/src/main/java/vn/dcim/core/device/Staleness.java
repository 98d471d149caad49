package vn.dcim.core.device;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * When a device's latest values are shown as stale (Art. 25.1): older than its polling interval times
 * dcim.alarm.stale-intervals. An MQTT device is not polled: it reports on change or at its own pace, so it is
 * stale after that many times its own longest silence of the last day ({@link ReportCadence}), never sooner
 * than the intervals of its nominal interval; one that has shown no cadence yet (a sensor just bound, heard
 * once) only after a day. The device-stale alarm, the readings API, the device page and the dashboard ask
 * this one rule instead of each reading the setting and multiplying.
 */
@Singleton
public class Staleness {
    private final int intervals;
    private final ReportCadence cadence;

    // fewer than 2 would call a device stale for one late poll
    Staleness(@Value("${dcim.alarm.stale-intervals:3}") int intervals, ReportCadence cadence) {
        this.intervals = Math.max(2, intervals);
        this.cadence = cadence;
    }

    /** How many polling intervals without data make a device stale; the staleness alarm counts the same. */
    public int intervals() {
        return intervals;
    }

    /** How old a value of {@code device} may be before it is stale. */
    public Duration allowed(MonitoredDevice device) {
        return device.protocol() == Protocol.mqtt ? allowedOwn(device.intervalS(), cadence.recentLongestSilence(device.id()))
                : allowed(device.intervalS());
    }

    /** Each MQTT device's longest silence between two reports of the last day, read now; absent: no cadence yet. */
    public Map<String, Duration> longestSilences(Instant now) {
        return cadence.longestSilences(now);
    }

    /** How old a value may be for a device that reports on its own, with this longest silence (null: none seen yet). */
    public Duration allowedOwn(int intervalS, @Nullable Duration longestSilence) {
        if (longestSilence == null) {
            return ReportCadence.LEARNED_OVER;
        }
        Duration own = longestSilence.multipliedBy(intervals);
        Duration floor = allowed(intervalS);
        return own.compareTo(floor) > 0 ? own : floor;
    }

    /** How old a value may be for a device polled every {@code intervalS} seconds. */
    public Duration allowed(int intervalS) {
        return Duration.ofSeconds((long) intervalS * intervals);
    }

    /** Whether a value read at {@code time} is, at {@code now}, older than {@code allowed}. */
    public static boolean stale(Instant time, Duration allowed, Instant now) {
        return Duration.between(time, now).compareTo(allowed) > 0;
    }
}
