package vn.dcim.mqtt.dialect;

import io.micronaut.core.annotation.Nullable;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What devices' self-descriptions taught about the fields of their state topics (Zigbee2MQTT's
 * {@code bridge/devices}: every device's exposes), kept per state topic and per description topic, so
 * that a dialect reads a model nobody wrote down with the units the device itself names. A description
 * replaces everything its topic taught before (a re-paired or renamed device, one that left); a
 * description arriving after the data applies to the next message. Bounded: at most {@code cap} topics,
 * a new one beyond is dropped and counted, so a flood of descriptions cannot eat memory.
 */
final class TaughtFields {
    private record Entry(String dialect, Map<String, FieldTable.Taught> fields) {
    }

    private final int cap;
    /** state topic -> description topic -> what it taught */
    private final Map<String, Map<String, Entry>> byTopic = new ConcurrentHashMap<>();
    private final LongAdder dropped = new LongAdder();

    TaughtFields(int cap) {
        this.cap = cap;
    }

    /** Whether {@code topic} is now taught {@code fields} by the description on {@code from} (false: over the cap, dropped). */
    boolean teach(String dialect, String from, String topic, Map<String, FieldTable.Taught> fields) {
        if (byTopic.size() >= cap && !byTopic.containsKey(topic)) {
            dropped.increment();
            return false;
        }
        Map<String, Entry> entries = byTopic.computeIfAbsent(topic, k -> new ConcurrentHashMap<>());
        if (entries.size() < 64 || entries.containsKey(from)) {
            entries.put(from, new Entry(dialect, fields));
        }
        return true;
    }

    /** Forgets what the description on {@code from} taught about topics it no longer names. */
    void forgetOthers(String from, Collection<String> kept) {
        byTopic.forEach((topic, entries) -> {
            if (!kept.contains(topic) && entries.remove(from) != null && entries.isEmpty()) {
                byTopic.remove(topic, entries);
            }
        });
    }

    /** The fields the dialect's descriptions taught about {@code topic}, by property; null when none. */
    @Nullable Map<String, FieldTable.Taught> fields(String dialect, @Nullable String topic) {
        Map<String, Entry> entries = topic == null ? null : byTopic.get(topic);
        if (entries == null) {
            return null;
        }
        Map<String, FieldTable.Taught> merged = null;
        for (Entry e : entries.values()) {
            if (!e.dialect().equals(dialect)) {
                continue;
            }
            if (merged == null) {
                merged = e.fields();
            } else {
                Map<String, FieldTable.Taught> both = new LinkedHashMap<>(merged);
                both.putAll(e.fields());
                merged = both;
            }
        }
        return merged;
    }

    int topics() {
        return byTopic.size();
    }

    long dropped() {
        return dropped.sum();
    }
}
