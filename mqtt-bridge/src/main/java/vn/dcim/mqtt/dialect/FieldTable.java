package vn.dcim.mqtt.dialect;

import io.micronaut.core.annotation.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A dialect's {@code fields}: readings taken from named fields of a JSON-object payload, read in plain
 * Java. A JSONata readings expression costs 20–30 µs a message in jsonata-java (frames,
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

    /**
     * One field of the payload and the reading it gives. {@code from}: the unit the device sends, turned
     * into {@code unit} ({@link Units}); {@code on}/{@code off}: the values that choose {@code "true"} /
     * {@code "false"} (any other value: no reading) instead of truthiness, one or a list (a valve's OPEN
     * beside a relay's ON); {@code unless}: no reading when
     * the payload also holds that field (it says the same better); {@code above}: another reading for
     * values above a bound (or when a self-description gives the field in the alternative's unit).
     */
    public record Field(String name, String metric, String instance, @Nullable String unit,
                        @Nullable Mapped whenTrue, @Nullable Mapped whenFalse, @Nullable String from,
                        @Nullable List<String> on, @Nullable List<String> off, @Nullable String unless, @Nullable Above above) {
        public Field(String name, String metric, String instance, @Nullable String unit, @Nullable Mapped whenTrue, @Nullable Mapped whenFalse) {
            this(name, metric, instance, unit, whenTrue, whenFalse, null, null, null, null, null);
        }
    }

    /** The reading a field gives instead when its value is above {@code bound}: its metric, unit and the unit it is sent in. */
    public record Above(double bound, String metric, @Nullable String unit, @Nullable String from) {
    }

    /**
     * What a device's self-description says about one field of its state: the quantity it is ({@code name},
     * e.g. {@code power} for the field {@code power_l1}), its endpoint (the instance), its unit, and for a
     * binary its on and off values. Taught per topic by a dialect's {@code learn} (a result's {@code fields}).
     */
    public record Taught(String name, @Nullable String endpoint, @Nullable String unit, @Nullable Object on,
                         @Nullable Object off, boolean binary) {
        /** At most this many fields a topic: a description is data from the network, not trusted to be small. */
        static final int MAX_FIELDS = 256;
        private static final int MAX_NAME = 60;
        private static final int MAX_UNIT = 20;

        /**
         * The fields a learn result teaches ({@code fields}: a list of {@code {property, name, endpoint, unit,
         * type, on, off}}; {@code type} {@code binary} or anything else for a number), by property; entries
         * without a property are skipped, the first {@link #MAX_FIELDS} kept.
         */
        static Map<String, Taught> of(@Nullable Object fields) {
            if (!(fields instanceof List<?> list)) {
                return Map.of();
            }
            Map<String, Taught> out = new LinkedHashMap<>();
            for (Object o : list) {
                if (out.size() >= MAX_FIELDS) {
                    break;
                }
                if (o instanceof Map<?, ?> m && m.get("property") instanceof String property && !property.isBlank()
                        && property.length() <= 100) {
                    String name = m.get("name") instanceof String n && !n.isBlank() ? n : property;
                    String unit = text(m.get("unit"));
                    if (name.length() <= MAX_NAME) {
                        // a reading's metric and unit are stored in columns of 100 and 20 characters
                        out.put(property, new Taught(name, text(m.get("endpoint")), unit != null && unit.length() <= MAX_UNIT ? unit : null,
                                m.get("on"), m.get("off"), "binary".equals(m.get("type"))));
                    }
                }
            }
            return Map.copyOf(out);
        }

        private static @Nullable String text(Object o) {
            return o == null || String.valueOf(o).isBlank() ? null : String.valueOf(o);
        }
    }

    private static final Set<String> KEYS = Set.of("time", "when", "map", "suffixes", "otherwise", "plain");
    private static final Set<String> FIELD_KEYS = Set.of("metric", "unit", "instance", "true", "false", "from", "on", "off", "unless", "above");
    private static final Set<String> MAPPED_KEYS = Set.of("value", "text");
    private static final Set<String> ABOVE_KEYS = Set.of("value", "metric", "unit", "from");
    private static final Mapped ON = new Mapped(1d, "on");
    /** The unit of a fraction kept 0..1 ({@link UnitConversion}: "%" is a hundredth of it). */
    private static final String RATIO = "ratio";
    private static final Mapped OFF = new Mapped(0d, "off");

    private final List<Field> fields;
    private final Map<String, Field> byName = new java.util.HashMap<>();
    private final Set<String> unlessNames = new java.util.HashSet<>();
    private final String time;
    private final Expression when;
    private final @Nullable Pattern suffixes;
    private final @Nullable String otherwise;
    private final @Nullable Expression plain;

    FieldTable(List<Field> fields, @Nullable String time, @Nullable Expression when) {
        this(fields, time, when, null, null, null);
    }

    FieldTable(List<Field> fields, @Nullable String time, @Nullable Expression when, @Nullable Pattern suffixes,
               @Nullable String otherwise, @Nullable Expression plain) {
        this.fields = List.copyOf(fields);
        this.fields.forEach(f -> byName.put(f.name(), f));
        this.fields.stream().map(Field::unless).filter(java.util.Objects::nonNull).forEach(unlessNames::add);
        this.time = time;
        this.when = when;
        this.suffixes = suffixes;
        this.otherwise = otherwise;
        this.plain = plain;
    }

    public List<Field> fields() {
        return fields;
    }

    /**
     * Whether a property takes part in an {@code unless} (it gives way to another, or another gives way to it): the
     * properties whose order {@link SiblingProperties} keeps for a device that sends each on its own topic.
     */
    boolean givesOrTakesWay(String property) {
        Field f = byName.get(property);
        return f != null && f.unless() != null || unlessNames.contains(property);
    }

    /**
     * The properties of a JSON state that take part in an {@code unless}, those giving way first: the order
     * {@link SiblingProperties} notes them in, so that a state holding both counts the better one as come since
     * (Zigbee2MQTT's attribute_and_json output sends the state, then each property on its own topic). Empty when the
     * state holds no field beside its better one.
     */
    List<String> wayProperties(Map<?, ?> state) {
        List<String> out = null;
        for (Field f : fields) {
            if (f.unless() != null && state.get(f.name()) != null && state.get(f.unless()) != null) {
                out = out == null ? new ArrayList<>(4) : out;
                out.add(0, f.name());
                out.add(f.unless());
            }
        }
        return out == null ? List.of() : out;
    }

    /** The payload field holding the readings' time (ISO-8601 or epoch s/ms), or null: the time of receipt. */
    public @Nullable String time() {
        return time;
    }

    /** A topic-only JSONata condition (see {@link TopicValues#isTopicOnly}): the table applies to a topic where it holds; null: everywhere. */
    public @Nullable Expression when() {
        return when;
    }

    /**
     * A topic-only JSONata expression naming the one field a plain payload (text, not a JSON object or array)
     * is the value of: a device that publishes each property on its own topic ({@code <device>/<property>},
     * Zigbee2MQTT's attribute output); null: a plain payload gives no reading.
     */
    public @Nullable Expression plain() {
        return plain;
    }

    /**
     * A plain payload as the one field {@code name} of a state, its text read as a JSON scalar would be: {@code true}
     * and {@code false} booleans, a plain decimal a number, an empty text nothing (a device's
     * unknown value, or a retained topic cleared), any other text itself; null when the payload is no plain text
     * or no name is given.
     */
    static @Nullable Map<String, Object> plainState(Object payload, @Nullable Object name) {
        if (!(payload instanceof String text) || !(name instanceof String field) || field.isEmpty() || text.isEmpty()) {
            return null;
        }
        Object value = switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> numeric(text);
        };
        return Map.of(field, value);
    }

    /** The readings of {@code payload} as readings-expression outputs; none when it is not a JSON object. */
    List<Map<String, Object>> outputs(Object payload) {
        return outputs(payload, null);
    }

    /**
     * The readings of {@code payload}, with what a self-description taught about the fields of its topic
     * ({@code taught}, by property; null: nothing): first the table's fields in its order, then, in the
     * payload's order, the taught fields and the fields {@code <name>_<suffix>} of a name in the table
     * (one reading per endpoint of a device: {@code power_l2} is {@code power} of instance {@code l2}).
     */
    List<Map<String, Object>> outputs(Object payload, @Nullable Map<String, Taught> taught) {
        return outputs(payload, taught, name -> false);
    }

    /**
     * As {@link #outputs(Object, Map)}, where a field's {@code unless} also holds when the device's self-description
     * names the better field ({@code taught}) or {@code cameBesides} says it came on a topic of its own (attribute output).
     */
    List<Map<String, Object>> outputs(Object payload, @Nullable Map<String, Taught> taught, Predicate<String> cameBesides) {
        if (!(payload instanceof Map<?, ?> object)) {
            return List.of();
        }
        Predicate<String> better = name -> object.get(name) != null || taught != null && taught.containsKey(name) || cameBesides.test(name);
        Object ts = time == null ? null : object.get(time);
        List<Map<String, Object>> out = new ArrayList<>(fields.size());
        for (Field f : fields) {
            if (taught != null && taught.containsKey(f.name())) {
                continue;
            }
            Object v = object.get(f.name());
            if (v == null || f.unless() != null && better.test(f.unless())) {
                // absent or JSON null: the device does not know the value (yet); no reading
                continue;
            }
            add(out, give(f, f.instance(), v, null), ts);
        }
        if (suffixes == null && (taught == null || taught.isEmpty())) {
            return out;
        }
        for (Map.Entry<?, ?> e : object.entrySet()) {
            if (!(e.getKey() instanceof String key) || e.getValue() == null) {
                continue;
            }
            Taught t = taught == null ? null : taught.get(key);
            if (t != null) {
                add(out, taught(t, e.getValue(), better), ts);
            } else if (suffixes != null && !byName.containsKey(key)) {
                Endpoint ep = endpoint(key);
                if (ep != null && (ep.field().unless() == null || !better.test(ep.field().unless() + "_" + ep.instance()))) {
                    add(out, give(ep.field(), ep.instance(), e.getValue(), null), ts);
                }
            }
        }
        return out;
    }

    /** A field of the table read for one endpoint of a device. */
    private record Endpoint(Field field, String instance) {
    }

    /** {@code <name>_<suffix>} of a name in the table and a suffix the table accepts (the longest name first), else null. */
    private @Nullable Endpoint endpoint(String key) {
        if (suffixes == null) {
            return null;
        }
        for (int i = key.lastIndexOf('_'); i > 0; i = key.lastIndexOf('_', i - 1)) {
            Field f = byName.get(key.substring(0, i));
            if (f != null) {
                String suffix = key.substring(i + 1);
                return suffixes.matcher(suffix).matches() ? new Endpoint(f, suffix) : null;
            }
        }
        return null;
    }

    private static void add(List<Map<String, Object>> out, @Nullable Map<String, Object> r, Object ts) {
        if (r != null) {
            r.put("ts", ts);
            out.add(r);
        }
    }

    /** What one field gives for value {@code v}; {@code unit}: the unit a self-description gave (null: the table's). */
    private static @Nullable Map<String, Object> give(Field f, String instance, Object v, @Nullable String unit) {
        Object value = v;
        String text = null;
        String metric = f.metric();
        String outUnit = f.unit();
        if (f.on() != null) {
            Mapped m = among(v, f.on()) ? f.whenTrue() : among(v, f.off()) ? f.whenFalse() : null;
            if (m == null) {
                return null;
            }
            value = m.value();
            text = m.text();
        } else if (f.whenTrue() != null) {
            Mapped m = truthy(v) ? f.whenTrue() : f.whenFalse();
            value = m.value();
            text = m.text();
        } else if (numeric(v) instanceof Number n) {
            value = n;
            String from = unit != null ? unit : f.from();
            Above a = f.above();
            if (a != null && (unit != null ? a.from() != null && Units.canonical(unit).equals(Units.canonical(a.from()))
                    : n.doubleValue() > a.bound())) {
                metric = a.metric();
                outUnit = a.unit();
                from = a.from();
            }
            Double converted = from == null || outUnit == null ? null : Units.convert(n.doubleValue(), from, outUnit);
            if (converted != null) {
                value = converted;
            } else if (unit != null) {
                // the device's own word for its unit wins over the table's when they do not convert
                outUnit = unit;
            }
        } else if (!(v instanceof Boolean)) {
            return null;
        }
        // a fraction (a power factor kept 0..1, whatever percent a device sends it in) is stored without a unit
        return reading(metric, instance, value, text, RATIO.equals(outUnit) ? null : outUnit);
    }

    /**
     * A taught field's reading: the metric from the table's field of its name (its kind of value), else
     * {@code otherwise.<name>}; the instance from its endpoint; the unit as the device gives it (turned
     * into the table's when they convert); a binary's own on and off values.
     */
    private @Nullable Map<String, Object> taught(Taught t, Object v, Predicate<String> better) {
        Field base = byName.get(t.name());
        String endpoint = t.endpoint();
        if (base == null) {
            // a name with its channel in it (Tuya's power_a): the table's field of that channel
            Endpoint ep = endpoint(t.name());
            if (ep != null) {
                base = ep.field();
                endpoint = endpoint == null ? ep.instance() : endpoint;
            }
        }
        if (base != null && base.unless() != null && better.test(endpoint == null ? base.unless() : base.unless() + "_" + endpoint)) {
            return null;
        }
        String instance = endpoint != null ? endpoint : base != null ? base.instance() : "0";
        if (t.binary()) {
            if (base != null && base.whenTrue() != null && base.on() == null) {
                // the table's mapping reads the raw value (contact: true = closed, whatever "on" means to the device)
                return give(base, instance, v, null);
            }
            Mapped m = same(v, t.on()) ? (base != null && base.whenTrue() != null ? base.whenTrue() : ON)
                    : same(v, t.off()) ? (base != null && base.whenFalse() != null ? base.whenFalse() : OFF) : null;
            String metric = base != null ? base.metric() : otherwise(t.name());
            return m == null || metric == null ? null : reading(metric, instance, m.value(), m.text(), null);
        }
        if (!(v instanceof Number n)) {
            return null;
        }
        if (base != null && base.whenTrue() == null && base.on() == null) {
            return give(base, instance, v, t.unit());
        }
        String metric = otherwise(t.name());
        return metric == null ? null : reading(metric, instance, n, null, t.unit());
    }

    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("-?[0-9]{1,15}(\\.[0-9]{1,15})?");

    /** A number, or a number some firmware writes as text ("12.5"): a plain decimal only, anything else stays text. */
    private static @Nullable Object numeric(Object v) {
        return v instanceof String s && DECIMAL.matcher(s).matches() ? Double.valueOf(s) : v;
    }

    private @Nullable String otherwise(String name) {
        String m = otherwise == null ? null : otherwise + "." + name;
        return m != null && DialectEngine.isMetricName(m) ? m : null;
    }

    private static Map<String, Object> reading(String metric, String instance, Object value, @Nullable String text, @Nullable String unit) {
        Map<String, Object> r = new LinkedHashMap<>(8);
        r.put("metric", metric);
        r.put("instance", instance);
        r.put("value", value);
        r.put("text", text);
        r.put("unit", unit);
        return r;
    }

    /** Whether a payload value is the on/off value named ("ON", true, 1 as the device writes it). */
    private static boolean same(Object v, @Nullable Object named) {
        return named != null && String.valueOf(v).equals(String.valueOf(named));
    }

    /** Whether a payload value is one of a field's on (or off) values. */
    private static boolean among(Object v, List<String> named) {
        return named.contains(String.valueOf(v));
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
        Node suffixNode = DialectLoader.field(file, table, "suffixes", false);
        Pattern suffixes = null;
        if (suffixNode != null) {
            try {
                suffixes = Pattern.compile(DialectLoader.scalar(file, suffixNode));
            } catch (PatternSyntaxException e) {
                throw new DialectException(file, DialectLoader.line(suffixNode), "fields suffixes: not a regular expression: " + e.getDescription());
            }
        }
        Node otherwiseNode = DialectLoader.field(file, table, "otherwise", false);
        String otherwise = otherwiseNode == null ? null : DialectLoader.scalar(file, otherwiseNode);
        if (otherwise != null && !DialectEngine.isMetricName(otherwise)) {
            throw new DialectException(file, DialectLoader.line(otherwiseNode), "fields otherwise: '" + otherwise
                    + "' is not lower case and dotted as in docs/metrics.md");
        }
        Expression plain = DialectLoader.expression(file, DialectLoader.field(file, table, "plain", false));
        if (plain != null && !TopicValues.isTopicOnly(plain)) {
            throw new DialectException(file, plain.line(), "fields plain: may read only topic and levels (it is kept per topic)");
        }
        return new FieldTable(fields, timeNode == null ? null : DialectLoader.scalar(file, timeNode), when, suffixes, otherwise, plain);
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
        List<String> on = values(file, m, "on");
        List<String> off = values(file, m, "off");
        if ((on == null) != (off == null) || on != null && whenTrue == null) {
            throw new DialectException(file, DialectLoader.line(m), "field '" + name + "': \"on\" and \"off\" go together, with \"true\" and \"false\"");
        }
        return new Field(name, metric, instance == null ? "0" : DialectLoader.scalar(file, instance),
                unit == null ? null : DialectLoader.scalar(file, unit),
                whenTrue == null ? null : mapped(file, name, whenTrue), whenFalse == null ? null : mapped(file, name, whenFalse),
                optional(file, m, "from"), on, off, optional(file, m, "unless"), above(file, name, DialectLoader.field(file, m, "above", false)));
    }

    /** An on or off value, or a list of them; null when the key is absent. */
    private static @Nullable List<String> values(String file, MappingNode m, String key) {
        Node n = DialectLoader.field(file, m, key, false);
        if (n == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        if (n instanceof SequenceNode) {
            for (Node e : DialectLoader.sequence(file, n)) {
                out.add(DialectLoader.scalar(file, e));
            }
        } else {
            out.add(DialectLoader.scalar(file, n));
        }
        if (out.isEmpty()) {
            throw new DialectException(file, DialectLoader.line(n), "'" + key + "': an empty list");
        }
        return List.copyOf(out);
    }

    private static @Nullable String optional(String file, MappingNode m, String key) {
        Node n = DialectLoader.field(file, m, key, false);
        return n == null ? null : DialectLoader.scalar(file, n);
    }

    private static @Nullable Above above(String file, String name, @Nullable Node node) {
        if (node == null) {
            return null;
        }
        MappingNode m = DialectLoader.mapping(file, node);
        known(file, m, ABOVE_KEYS, "field '" + name + "' above");
        Node valueNode = DialectLoader.field(file, m, "value", true);
        String metric = DialectLoader.scalar(file, DialectLoader.field(file, m, "metric", true));
        if (!DialectEngine.isMetricName(metric)) {
            throw new DialectException(file, DialectLoader.line(m), "field '" + name + "' above: metric '" + metric
                    + "' is not lower case and dotted as in docs/metrics.md");
        }
        try {
            return new Above(Double.parseDouble(DialectLoader.scalar(file, valueNode)), metric, optional(file, m, "unit"), optional(file, m, "from"));
        } catch (NumberFormatException e) {
            throw new DialectException(file, DialectLoader.line(valueNode), "field '" + name + "' above: value must be a number");
        }
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
