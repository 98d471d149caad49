package vn.dcim.mqtt.broker;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the embedded broker refused, counted by reason and logged, so that a device that is turned
 * away (no credential, a wrong one, a message over the size limit) leaves a trace instead of
 * vanishing. A device that retries every second is logged once a minute with the running count.
 */
public final class BrokerRefusals {
    private static final Logger LOG = LoggerFactory.getLogger(BrokerRefusals.class);
    private static final long LOG_EVERY_NANOS = 60_000_000_000L;

    /** Why a connection or a message was refused. */
    public enum Reason {
        anonymous("connection without credentials"),
        credentials("connection with an unknown user name or a wrong password"),
        oversized("message over the size limit"),
        topic("publication or subscription outside the credential's topic scope");

        final String text;

        Reason(String text) {
            this.text = text;
        }
    }

    private final Map<Reason, AtomicLong> counts = new EnumMap<>(Reason.class);
    private final Map<Reason, AtomicLong> lastLogged = new EnumMap<>(Reason.class);

    public BrokerRefusals() {
        for (Reason r : Reason.values()) {
            counts.put(r, new AtomicLong());
            lastLogged.put(r, new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS));
        }
    }

    /** Counts one refusal; {@code who} names the client as the broker knew it. */
    public void refused(Reason reason, String who) {
        long n = counts.get(reason).incrementAndGet();
        long now = System.nanoTime();
        AtomicLong last = lastLogged.get(reason);
        long previous = last.get();
        if (now - previous >= LOG_EVERY_NANOS && last.compareAndSet(previous, now)) {
            LOG.warn("MQTT broker refused a {} ({}); {} refused for this reason since start", reason.text, who, n);
        }
    }

    public long count(Reason reason) {
        return counts.get(reason).get();
    }

    /** By reason, for the administrator's /health details. */
    public Map<String, Long> counts() {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.forEach((r, n) -> out.put(r.name(), n.get()));
        return out;
    }
}
