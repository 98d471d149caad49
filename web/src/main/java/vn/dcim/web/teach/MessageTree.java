package vn.dcim.web.teach;

import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A captured JSON message as the administrator sees it: every leaf with its path from the payload's root
 * ({@code ENERGY.Power}, {@code sensors[1].t}), its value and whether it can be a reading (a number or a
 * boolean). At most {@link #MAX_LEAVES} leaves are listed: a message is a device's state, not a data dump.
 */
public final class MessageTree {
    static final int MAX_LEAVES = 500;

    @Serdeable
    public record Leaf(String path, List<Object> segments, String value, String type, boolean pickable, int depth) {
    }

    private MessageTree() {
    }

    public static List<Leaf> of(Object payload) {
        List<Leaf> out = new ArrayList<>();
        walk(payload, new ArrayList<>(), out);
        return out;
    }

    private static void walk(Object node, List<Object> at, List<Leaf> out) {
        if (out.size() >= MAX_LEAVES) {
            return;
        }
        if (node instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                at.add(String.valueOf(e.getKey()));
                walk(e.getValue(), at, out);
                at.remove(at.size() - 1);
            }
        } else if (node instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                at.add(i);
                walk(l.get(i), at, out);
                at.remove(at.size() - 1);
            }
        } else if (!at.isEmpty()) {
            String type = node == null ? "null" : node instanceof Number ? "number" : node instanceof Boolean ? "boolean" : "text";
            String shown = String.valueOf(node);
            out.add(new Leaf(path(at), List.copyOf(at), shown.length() > 80 ? shown.substring(0, 80) + "…" : shown, type,
                    type.equals("number") || type.equals("boolean"), at.size() - 1));
        }
    }

    /** The path as shown and as sent back: names joined by '.', list positions as [n]. */
    static String path(List<Object> segments) {
        StringBuilder b = new StringBuilder();
        for (Object s : segments) {
            if (s instanceof Integer i) {
                b.append('[').append(i).append(']');
            } else {
                if (!b.isEmpty()) {
                    b.append('.');
                }
                b.append(s);
            }
        }
        return b.toString();
    }

    /** The leaf of {@code path} in the tree of {@code payload}, if it is there. */
    static java.util.Optional<Leaf> find(Object payload, String path) {
        return of(payload).stream().filter(l -> l.path().equals(path)).findFirst();
    }
}
