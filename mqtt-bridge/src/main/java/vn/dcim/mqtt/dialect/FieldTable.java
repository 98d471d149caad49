package vn.dcim.mqtt.dialect;

import io.micronaut.core.annotation.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A dialect's {@code fields}: readings taken from named fields of a JSON-object payload, read in plain
 * Java (issue 33 §5). A JSONata readings expression costs 20–30 µs a message in jsonata-java (frames,
 * per-call signature checks, reflection); most vendors' state messages are flat objects whose fields are
 * readings, and this table gives the same readings for a fraction of that.
 *
 * <p>Each output is the map a readings expression would give ({@code metric, instance, value, text,
 * unit, ts}), so it passes the engine's same checks. Semantics (docs/dialects.md): a field absent or
 * JSON null gives no reading; a number or a boolean is the value (a boolean without a mapping 1/0 with
 * text on/off); with a {@code "true"}/{@code "false"} mapping the value's JSONata truthiness chooses one;
 * any other value (a string, an array, an object) gives no reading unless mapped.
 */
public final class FieldTable {
    /** What a mapped field gives when its value is truthy or falsy: a value, a text, or both. */
    public record Mapped(@Nullable Double value, @Nullable String text) {
    }

    /** One field of the payload and the reading it gives. */
    public record Field(String name, String metric, String instance, @Nullable String unit,
                        @Nullable Mapped whenTrue, @Nullable Mapped whenFalse) {
    }

    private static final Set<String> KEYS = Set.of("time", "when", "map");
    private static final Set<String> FIELD_KEYS = Set.of("metric", "unit", "instance", "true", "false");
    private static final Set<String> MAPPED_KEYS = Set.of("value", "text");

    private final List<Field> fields;
    private final String time;
    private final Expression when;

    FieldTable(List<Field> fields, @Nullable String time, @Nullable Expression when) {
        this.fields = List.copyOf(fields);
        this.time = time;
        this.when = when;
    }

    public List<Field> fields() {
        return fields;
    }

    /** The payload field holding the readings' time (ISO-8601 or epoch s/ms), or null: the time of receipt. */
    public @Nullable String time() {
        return time;
    }

    /** A topic-only JSONata condition (see {@link TopicValues#isTopicOnly}): the table applies to a topic where it holds; null: everywhere. */
    public @Nullable Expression when() {
        return when;
    }

    /** The readings of {@code payload} as readings-expression outputs; none when it is not a JSON object. */
    List<Map<String, Object>> outputs(Object payload) {
        if (!(payload instanceof Map<?, ?> object)) {
            return List.of();
        }
        Object ts = time == null ? null : object.get(time);
        List<Map<String, Object>> out = new ArrayList<>(fields.size());
        for (Field f : fields) {
            Object v = object.get(f.name());
            if (v == null) {
                // absent or JSON null: the device does not know the value (yet); no reading
                continue;
            }
            Object value = v;
            String text = null;
            if (f.whenTrue() != null) {
                Mapped m = truthy(v) ? f.whenTrue() : f.whenFalse();
                value = m.value();
                text = m.text();
            } else if (!(v instanceof Number || v instanceof Boolean)) {
                continue;
            }
            Map<String, Object> r = new LinkedHashMap<>(8);
            r.put("metric", f.metric());
            r.put("instance", f.instance());
            r.put("value", value);
            r.put("text", text);
            r.put("unit", f.unit());
            r.put("ts", ts);
            out.add(r);
        }
        return out;
    }

    /** JSONata's truthiness, as a readings expression's {@code $p.contact ? … : …} decides. */
    private static boolean truthy(Object v) {
        return v instanceof Boolean b ? b : com.dashjoin.jsonata.Jsonata.boolize(v);
    }

    /** Reads and checks a {@code fields:} node (null: none); a broken table is refused with its line and reason, as the rest of the file. */
    static @Nullable FieldTable read(String file, @Nullable Node node) {
        if (node == null) {
            return null;
        }
        MappingNode table = DialectLoader.mapping(file, node);
        known(file, table, KEYS, "fields");
        Node timeNode = DialectLoader.field(file, table, "time", false);
        Expression when = DialectLoader.expression(file, DialectLoader.field(file, table, "when", false));
        if (when != null && !TopicValues.isTopicOnly(when)) {
            throw new DialectException(file, when.line(), "fields when: may read only topic and levels (it is kept per topic)");
        }
        MappingNode map = DialectLoader.mapping(file, DialectLoader.field(file, table, "map", true));
        if (map.getValue().isEmpty()) {
            throw new DialectException(file, DialectLoader.line(map), "fields map: names no field");
        }
        List<Field> fields = new ArrayList<>();
        Set<String> names = new java.util.HashSet<>();
        for (NodeTuple t : map.getValue()) {
            String name = DialectLoader.scalar(file, t.getKeyNode());
            if (name.isBlank() || !names.add(name)) {
                throw new DialectException(file, DialectLoader.line(t.getKeyNode()), "fields map: field '" + name + "' is empty or given twice");
            }
            fields.add(field(file, name, t.getValueNode()));
        }
        return new FieldTable(fields, timeNode == null ? null : DialectLoader.scalar(file, timeNode), when);
    }

    private static Field field(String file, String name, Node node) {
        MappingNode m = DialectLoader.mapping(file, node);
        known(file, m, FIELD_KEYS, "field '" + name + "'");
        Node metricNode = DialectLoader.field(file, m, "metric", true);
        String metric = DialectLoader.scalar(file, metricNode);
        if (!DialectEngine.isMetricName(metric)) {
            throw new DialectException(file, DialectLoader.line(metricNode), "field '" + name + "': metric '" + metric
                    + "' is not lower case and dotted as in docs/metrics.md");
        }
        Node unit = DialectLoader.field(file, m, "unit", false);
        Node instance = DialectLoader.field(file, m, "instance", false);
        Node whenTrue = DialectLoader.field(file, m, "true", false);
        Node whenFalse = DialectLoader.field(file, m, "false", false);
        if ((whenTrue == null) != (whenFalse == null)) {
            throw new DialectException(file, DialectLoader.line(m), "field '" + name + "': give both \"true\" and \"false\", or neither");
        }
        return new Field(name, metric, instance == null ? "0" : DialectLoader.scalar(file, instance),
                unit == null ? null : DialectLoader.scalar(file, unit),
                whenTrue == null ? null : mapped(file, name, whenTrue), whenFalse == null ? null : mapped(file, name, whenFalse));
    }

    private static Mapped mapped(String file, String name, Node node) {
        MappingNode m = DialectLoader.mapping(file, node);
        known(file, m, MAPPED_KEYS, "field '" + name + "' true/false");
        Node valueNode = DialectLoader.field(file, m, "value", false);
        Node text = DialectLoader.field(file, m, "text", false);
        if (valueNode == null && text == null) {
            throw new DialectException(file, DialectLoader.line(m), "field '" + name + "': a true/false mapping needs 'value' or 'text'");
        }
        Double value = null;
        if (valueNode != null) {
            try {
                value = Double.valueOf(DialectLoader.scalar(file, valueNode));
            } catch (NumberFormatException e) {
                throw new DialectException(file, DialectLoader.line(valueNode), "field '" + name + "': value must be a number");
            }
            if (value.isNaN() || value.isInfinite()) {
                throw new DialectException(file, DialectLoader.line(valueNode), "field '" + name + "': value must be a finite number");
            }
        }
        return new Mapped(value, text == null ? null : DialectLoader.scalar(file, text));
    }

    private static void known(String file, MappingNode m, Set<String> keys, String where) {
        for (NodeTuple t : m.getValue()) {
            String key = DialectLoader.scalar(file, t.getKeyNode());
            if (!keys.contains(key)) {
                throw new DialectException(file, DialectLoader.line(t.getKeyNode()), where + ": unknown key '" + key
                        + "' (known: " + String.join(", ", keys.stream().sorted().toList()) + ")");
            }
        }
    }
}
