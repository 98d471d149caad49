package vn.dcim.mqtt.deadletter;

import jakarta.inject.Singleton;
import vn.dcim.core.deadletter.DeadLetterReason;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** How many messages were refused since start, per reason (the bridge's rejection metric). */
@Singleton
public class DeadLetterCounter {
    private final Map<DeadLetterReason, AtomicLong> counts = new EnumMap<>(DeadLetterReason.class);

    public DeadLetterCounter() {
        for (DeadLetterReason r : DeadLetterReason.values()) {
            counts.put(r, new AtomicLong());
        }
    }

    public void increment(DeadLetterReason reason) {
        counts.get(reason).incrementAndGet();
    }

    public Map<DeadLetterReason, Long> snapshot() {
        Map<DeadLetterReason, Long> out = new EnumMap<>(DeadLetterReason.class);
        counts.forEach((r, n) -> out.put(r, n.get()));
        return out;
    }
}
