package vn.dcim.core.device;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;

/**
 * When a device's latest values are shown as stale (Art. 25.1): older than its polling interval times
 * dcim.alarm.stale-intervals. The readings API, the device page and the dashboard ask this one rule
 * instead of each reading the setting and multiplying.
 */
@Singleton
public class Staleness {
    private final int intervals;

    // fewer than 2 would call a device stale for one late poll
    Staleness(@Value("${dcim.alarm.stale-intervals:3}") int intervals) {
        this.intervals = Math.max(2, intervals);
    }

    /** How many polling intervals without data make a device stale; the staleness alarm counts the same. */
    public int intervals() {
        return intervals;
    }

    /** How old a value of {@code device} may be before it is stale. */
    public Duration allowed(MonitoredDevice device) {
        return allowed(device.intervalS());
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
