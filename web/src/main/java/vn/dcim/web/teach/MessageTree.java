package vn.dcim.web.teach;

import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A captured JSON message as the administrator sees it: every leaf with its path from the payload's root
 * ({@code ENERGY.Power}, {@code sensors[1].t}), its value and whether it can be a reading (a number or a
 * boolean). At most {@link #MAX_LEAVES} leaves are listed: a message is a device's state, not a data dump.
 * A bare value (Tasmota, ESPHome, Home Assistant and Gen1 Shelly publish one value a topic: {@code 23.4},
 * {@code ON}) is one leaf, named by its topic's last levels ({@code temperature}, {@code temperature/state}).
 */
public final class MessageTree {
    static final int MAX_LEAVES = 500;
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
    /** Last levels that say nothing of what the value is: the level before them is its name too. */
    private static final Set<String> GENERIC = Set.of("state", "value", "status", "get", "data", "raw");

    @Serdeable
    public record Leaf(String path, List<Object> segments, String value, String type, boolean pickable, int depth) {
    }

    /**
     * A message that is no JSON object or list: its text (stripped) and the name its topic gives it. Only a
     * number, true/false or on/off is one (a text of anything else has nothing to read).
     */
    record Bare(String name, String text) {
        static final String NUMBER = "number";
        static final String SWITCH = "boolean";

        String type() {
            return DECIMAL.matcher(text).matches() ? NUMBER : ON_OFF.contains(text.toLowerCase(Locale.ROOT)) ? SWITCH : "text";
        }

        static Bare of(String topic, String text) {
            List<String> levels = List.of(topic.split("/", -1));
            String last = levels.get(levels.size() - 1);
            boolean vague = GENERIC.contains(last.toLowerCase(Locale.ROOT)) || last.chars().noneMatch(Character::isLetter);
            String name = vague && levels.size() > 1 ? levels.get(levels.size() - 2) + "/" + last : last;
            return new Bare(name.isEmpty() ? "value" : name, text.strip());
        }
    }

    /** The words a switch's or a binary sensor's bare state is said in (lower case). */
    static final Set<String> ON_OFF = Set.of("on", "off", "true", "false");

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
        if (node instanceof Bare b) {
            String type = b.type();
            out.add(new Leaf(b.name(), List.of(b.name()), b.text().length() > 80 ? b.text().substring(0, 80) + "…" : b.text(), type,
                    !type.equals("text"), 0));
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
