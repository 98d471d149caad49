package vn.dcim.mqtt.dialect;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A device that publishes each property on its own topic (Zigbee2MQTT's attribute output) never shows two
 * properties in one message, so a field that gives way to a better one ({@code unless}: 1.x's raw
 * {@code illuminance} beside {@code illuminance_lux}) cannot see it there. Remembers, per state topic, the order
 * in which such properties last came: a field gives way when the better one came since the field's own
 * previous message. A 1.x bridge sends both on every report, so from the second report on the raw value is left
 * (from the first where the better one comes first); a bridge that stops sending the better one (2.x, where
 * {@code illuminance} is lux) has its field read again from its second message on. Bounded: at most
 * {@code cap} topics and {@link #MOST_PROPERTIES} properties a topic; one beyond is not remembered, and counted.
 */
final class SiblingProperties {
    /** The most properties remembered for one topic: Zigbee2MQTT's richest devices expose a few dozen. */
    private static final int MOST_PROPERTIES = 64;
    private final int cap;
    /** dialect + state topic -> property -> when it last came (a counter, not a time: only the order counts) */
    private final Map<String, Map<String, Long>> byTopic = new ConcurrentHashMap<>();
    private final AtomicLong order = new AtomicLong();
    private final LongAdder dropped = new LongAdder();

    SiblingProperties(int cap) {
        this.cap = cap;
    }

    /** Notes that {@code property} came on {@code topic}; returns when it came before (0: never, or not remembered). */
    long came(String dialect, String topic, String property) {
        String key = dialect + '\n' + topic;
        Map<String, Long> seen = byTopic.get(key);
        if (seen == null) {
            if (byTopic.size() >= cap) {
                dropped.increment();
                return 0;
            }
            seen = byTopic.computeIfAbsent(key, k -> new ConcurrentHashMap<>());
        }
        if (seen.size() >= MOST_PROPERTIES && !seen.containsKey(property)) {
            dropped.increment();
            return 0;
        }
        Long before = seen.put(property, order.incrementAndGet());
        return before == null ? 0 : before;
    }

    /** Whether {@code property} came on {@code topic} after {@code since} (a value {@link #came} returned). */
    boolean cameAfter(String dialect, String topic, String property, long since) {
        Map<String, Long> seen = byTopic.get(dialect + '\n' + topic);
        Long last = seen == null ? null : seen.get(property);
        return last != null && last > since;
    }

    int topics() {
        return byTopic.size();
    }

    long dropped() {
        return dropped.sum();
    }
}
