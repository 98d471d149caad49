package vn.dcim.web.push;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.devicelog.RateBucket;
import vn.dcim.core.devicelog.ReceiverCounts;
import vn.dcim.core.push.PushCredential;
import vn.dcim.core.push.PushCredentials;
import vn.dcim.core.push.PushSettings;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may push, and how much: every push counted as received ({@code dcim_receiver_messages_total{receiver="http"}}),
 * bounded (body size, pushes per second per address), its device found by its own credential ({@link PushCredentials}:
 * a token in the path, or a serial number) and its address checked against the credential's. Every refusal is counted
 * and logged, and answered with a status and a text, never an exception.
 */
@Singleton
@Requires(property = "dcim.collector.enabled", notEquals = "true")
class PushAdmission {
    private static final Logger LOG = LoggerFactory.getLogger(PushAdmission.class);
    private static final int MAX_SOURCES = 10_000;

    private final PushCredentials credentials;
    private final ReceiverCounts counts;
    private final Clock clock;
    private final int maxBytes;
    private final double ratePerSecond;
    private final double burst;
    private final Map<String, RateBucket> buckets = new ConcurrentHashMap<>();

    PushAdmission(PushCredentials credentials, ReceiverCounts counts, Clock clock, PushSettings settings) {
        this.credentials = credentials;
        this.counts = counts;
        this.clock = clock;
        this.maxBytes = settings.maxBytes();
        this.ratePerSecond = settings.ratePerSecond();
        this.burst = settings.burst();
    }

    /** Counted as received; refused when the address pushes faster than allowed or the body is too large. */
    Optional<PushReceiver.Answer> admit(String address, byte[] body) {
        count("received");
        if (!bucket(address).take(clock.millis())) {
            count("rate_limited");
            LOG.debug("HTTP push from {} refused: more than {}/s", address, ratePerSecond);
            return Optional.of(new PushReceiver.Answer(429, "too many pushes, slow down"));
        }
        if (body.length > maxBytes) {
            return Optional.of(refuse(413, "oversized", address, "push of " + body.length + " bytes, more than " + maxBytes));
        }
        return Optional.empty();
    }

    Optional<PushCredential> byToken(String dialect, String token) {
        return credentials.byToken(dialect, token);
    }

    Optional<PushCredential> bySerial(String dialect, String serial) {
        return credentials.bySerial(dialect, serial);
    }

    /** Refused (403) when the credential's device may not push from this address. */
    Optional<PushReceiver.Answer> fromAllowedAddress(PushCredential c, String address, String device) {
        return PushCredentials.allows(c, address) ? Optional.empty()
                : Optional.of(refuse(403, "address_refused", address, device + " may not push from this address"));
    }

    PushReceiver.Answer refuse(int status, String outcome, String address, String why) {
        count(outcome);
        LOG.warn("HTTP push from {} refused ({}): {}", address, status, why);
        return new PushReceiver.Answer(status, why);
    }

    void count(String outcome) {
        counts.add(PushReceiver.RECEIVER, outcome);
    }

    private RateBucket bucket(String address) {
        if (buckets.size() > MAX_SOURCES) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(address, a -> new RateBucket(ratePerSecond, burst, clock.millis()));
    }
}
