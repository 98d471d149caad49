package vn.dcim.mqtt.dialect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code $objects(value)} for dialect expressions: every JSON object nested in a message, at any depth, in
 * document order, each as {@code {"key", "depth", "value", "container"}} (the object's key, 0 for the message's
 * own fields, the object itself and the object holding it). A Tasmota bridge nests its sensors in objects named
 * by their driver, a Zigbee bridge one level deeper under {@code ZbReceived}; walking them in JSONata (keys,
 * types and lookups, about 2 µs an operation in jsonata-java) cost several times what reading them does.
 * Bounded: at most {@link #MAX_DEPTH} levels and {@link #MAX_OBJECTS} objects (the engine's 500 outputs a
 * message bound the readings anyway); arrays are not entered.
 */
final class NestedObjects {
    static final int MAX_DEPTH = 8;
    static final int MAX_OBJECTS = 500;

    private NestedObjects() {
    }

    static List<Map<String, Object>> of(Object value) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (value instanceof Map<?, ?> m) {
            walk(m, 0, out);
        }
        return out;
    }

    private static void walk(Map<?, ?> container, int depth, List<Map<String, Object>> out) {
        for (Map.Entry<?, ?> e : container.entrySet()) {
            if (out.size() >= MAX_OBJECTS) {
                return;
            }
            if (e.getValue() instanceof Map<?, ?> child) {
                Map<String, Object> entry = new LinkedHashMap<>(6);
                entry.put("key", String.valueOf(e.getKey()));
                entry.put("depth", depth);
                entry.put("value", child);
                entry.put("container", container);
                out.add(entry);
                if (depth + 1 < MAX_DEPTH) {
                    walk(child, depth + 1, out);
                }
            }
        }
    }
}
