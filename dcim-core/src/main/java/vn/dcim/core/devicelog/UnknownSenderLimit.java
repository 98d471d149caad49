package vn.dcim.core.devicelog;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Senders no monitored device is bound to are kept in the device log so they can be registered, but a storm of
 * them (a misconfigured relay, a scan, a spoofed flood) must not fill the database: each unknown address may
 * have {@code rate-per-second} entries kept (a burst of {@code burst}), and at most {@code max-senders} unknown
 * addresses are followed at a time, as the discovery inbox keeps at most DCIM_DISCOVERY_MAX_UNBOUND sources.
 * What is over is dropped, counted per receiver ("unknown_sender_limited", "unknown_sender_over_cap") and logged
 * at most once every 10 s. A device's own messages are never limited here.
 */
@Singleton
public class UnknownSenderLimit {
    private static final Logger LOG = LoggerFactory.getLogger(UnknownSenderLimit.class);
    /** An address unheard this long is forgotten, making room for another. */
    private static final long FORGET_MS = Duration.ofMinutes(10).toMillis();
    private static final long WARN_EVERY_MS = 10_000;

    private final ReceiverCounts counts;
    private final Clock clock;
    private final double ratePerSecond;
    private final double burst;
    private final int maxSenders;
    private final Map<String, RateBucket> senders = new ConcurrentHashMap<>();
    private final Map<String, Long> warned = new ConcurrentHashMap<>();

    UnknownSenderLimit(ReceiverCounts counts, Clock clock,
                       @Value("${dcim.device-log.unknown-senders.rate-per-second:1}") double ratePerSecond,
                       @Value("${dcim.device-log.unknown-senders.burst:20}") int burst,
                       @Value("${dcim.device-log.unknown-senders.max-senders:1000}") int maxSenders) {
        this.counts = counts;
        this.clock = clock;
        this.ratePerSecond = Math.max(0, ratePerSecond);
        this.burst = Math.max(1, burst);
        this.maxSenders = Math.max(1, maxSenders);
    }

    /** Whether this entry of an unknown sender may be kept; a refusal is counted and (rate-limited) logged. */
    public boolean admit(DeviceLogEntry entry) {
        long now = clock.millis();
        RateBucket bucket = senders.get(entry.sender());
        if (bucket == null) {
            if (senders.size() >= maxSenders) {
                senders.values().removeIf(b -> now - b.lastUsed() > FORGET_MS);
            }
            if (senders.size() >= maxSenders) {
                refuse(entry, "unknown_sender_over_cap", now, "{} from {} not kept: {} unknown senders are followed already"
                        + " (DCIM_UNKNOWN_SENDERS_MAX); register the device or raise the limit", maxSenders);
                return false;
            }
            bucket = senders.computeIfAbsent(entry.sender(), s -> new RateBucket(ratePerSecond, burst, now));
        }
        if (!bucket.take(now)) {
            refuse(entry, "unknown_sender_limited", now, "{} from {} not kept: an unknown sender may have {} a second kept"
                    + " (DCIM_UNKNOWN_SENDER_RATE)", ratePerSecond);
            return false;
        }
        return true;
    }

    private void refuse(DeviceLogEntry entry, String outcome, long now, String message, Object limit) {
        counts.add(entry.source().name(), outcome);
        Long last = warned.get(outcome);
        if (last == null || now - last >= WARN_EVERY_MS) {
            warned.put(outcome, now);
            LOG.warn(message + "; counted as {}", entry.source(), entry.sender(), limit, outcome);
        }
    }
}
