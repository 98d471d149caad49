package vn.dcim.snmp.profile;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads one profile YAML strictly: an unknown key, a missing OID or a bad number is an error naming
 * the file and metric, never a silently ignored line.
 */
public final class ProfileReader {
    private static final Set<String> PROFILE_KEYS = Set.of("name", "description", "match", "metrics", "mib", "overrides");
    private static final Set<String> MATCH_KEYS = Set.of("sysObjectId", "sysDescr", "probe");
    private static final Set<String> METRIC_KEYS = Set.of("name", "oid", "column", "unit", "divisor", "multiplier",
            "kind", "states", "sentinels", "min", "max", "mibName", "decimalsColumn", "decimalsByType", "scaleColumn", "divisorColumn", "instance", "selectColumn", "selectValues",
            "fahrenheitWhen", "selectAlso", "exponentColumn", "divisorWhen");
    private static final Set<String> SELECT_ALSO_KEYS = Set.of("column", "values");
    private static final Set<String> FAHRENHEIT_KEYS = Set.of("column", "oid", "values", "texts");
    private static final Set<String> DIVISOR_WHEN_KEYS = Set.of("column", "oid", "values", "divisor");
    private static final Pattern OID = Pattern.compile("\\d+(\\.\\d+)+");

    private ProfileReader() {
    }

    public static Profile read(String file, InputStream in) {
        Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        if (!(doc instanceof Map<?, ?> root)) {
            throw new ProfileException(file + ": not a YAML mapping");
        }
        checkKeys(file, root, PROFILE_KEYS);
        String name = string(file, root, "name", true);
        Match match = match(file, map(root.get("match")));
        List<MetricDef> metrics = new ArrayList<>();
        Object list = root.get("metrics");
        if (!(list instanceof List<?> items) || items.isEmpty()) {
            throw new ProfileException(file + ": 'metrics' must be a non-empty list");
        }
        for (Object item : items) {
            metrics.add(metric(file, map(item)));
        }
        List<String> overrides = strings(root.get("overrides"));
        if (overrides.contains(name)) {
            throw new ProfileException(file + ": a profile cannot override itself");
        }
        return new Profile(name, string(file, root, "description", false), match, List.copyOf(metrics), overrides);
    }

    private static Match match(String file, Map<?, ?> m) {
        checkKeys(file + " match", m, MATCH_KEYS);
        List<Pattern> descrs = new ArrayList<>();
        for (String p : strings(m.get("sysDescr"))) {
            try {
                descrs.add(Pattern.compile(p));
            } catch (PatternSyntaxException e) {
                throw new ProfileException(file + ": bad sysDescr pattern " + p + ": " + e.getDescription());
            }
        }
        List<String> objectIds = strings(m.get("sysObjectId")).stream().map(ProfileReader::stripDot).toList();
        List<String> probes = strings(m.get("probe")).stream().map(ProfileReader::stripDot).toList();
        for (String oid : concat(objectIds, probes)) {
            if (!OID.matcher(oid).matches()) {
                throw new ProfileException(file + ": not an OID in match: " + oid);
            }
        }
        if (objectIds.isEmpty() && descrs.isEmpty() && probes.isEmpty()) {
            throw new ProfileException(file + ": 'match' needs sysObjectId, sysDescr or probe");
        }
        return new Match(objectIds, descrs, probes);
    }

    private static MetricDef metric(String file, Map<?, ?> m) {
        String where = file + " metric " + m.get("name");
        checkKeys(where, m, METRIC_KEYS);
        String name = string(where, m, "name", true);
        boolean column = m.containsKey("column");
        if (column == m.containsKey("oid")) {
            throw new ProfileException(where + ": give exactly one of 'oid' (scalar) or 'column' (table column)");
        }
        String oid = stripDot(String.valueOf(column ? m.get("column") : m.get("oid")));
        if (!OID.matcher(oid).matches()) {
            throw new ProfileException(where + ": not an OID: " + oid);
        }
        MetricKind kind;
        try {
            kind = MetricKind.valueOf(String.valueOf(m.containsKey("kind") ? m.get("kind") : "gauge"));
        } catch (IllegalArgumentException e) {
            throw new ProfileException(where + ": kind must be gauge, counter or state");
        }
        Map<Long, StateMeaning> states = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map(m.get("states")).entrySet()) {
            long value = number(where, "states key", e.getKey()).longValue();
            if (e.getValue() instanceof Map<?, ?> meaning) {
                states.put(value, new StateMeaning(stateText(where, meaning.get("text")),
                        String.valueOf(meaning.containsKey("severity") ? meaning.get("severity") : "normal")));
            } else {
                states.put(value, new StateMeaning(stateText(where, e.getValue()), "normal"));
            }
        }
        if (kind == MetricKind.state && states.isEmpty()) {
            throw new ProfileException(where + ": a state metric needs 'states'");
        }
        Set<Long> sentinels = new TreeSet<>();
        if (m.get("sentinels") instanceof List<?> l) {
            for (Object o : l) {
                sentinels.add(number(where, "sentinel", o).longValue());
            }
        }
        Set<String> selectValues = new TreeSet<>(strings(m.get("selectValues")));
        if (m.containsKey("selectColumn") != !selectValues.isEmpty() || (m.containsKey("selectColumn") && !column)) {
            throw new ProfileException(where + ": a column metric gives 'selectColumn' and 'selectValues' together");
        }
        MetricDef.RowSelect also = null;
        if (m.containsKey("selectAlso")) {
            if (!(m.get("selectAlso") instanceof Map<?, ?> a) || !m.containsKey("selectColumn")) {
                throw new ProfileException(where + ": selectAlso is {column: <oid>, values: [...]} beside selectColumn");
            }
            checkKeys(where + " selectAlso", a, SELECT_ALSO_KEYS);
            Set<String> values = new TreeSet<>(strings(a.get("values")));
            String c = a.get("column") == null ? "" : stripDot(String.valueOf(a.get("column")));
            if (!OID.matcher(c).matches() || values.isEmpty()) {
                throw new ProfileException(where + ": selectAlso needs a column OID and values");
            }
            also = new MetricDef.RowSelect(c, Set.copyOf(values));
        }
        double divisor = m.containsKey("divisor") ? number(where, "divisor", m.get("divisor")).doubleValue() : 1;
        if (divisor == 0) {
            throw new ProfileException(where + ": divisor 0");
        }
        return new MetricDef(name, oid, column, string(where, m, "unit", false), divisor,
                m.containsKey("multiplier") ? number(where, "multiplier", m.get("multiplier")).doubleValue() : 1,
                kind, Map.copyOf(states), Set.copyOf(sentinels),
                m.containsKey("min") ? number(where, "min", m.get("min")).doubleValue() : null,
                m.containsKey("max") ? number(where, "max", m.get("max")).doubleValue() : null,
                m.containsKey("decimalsColumn") ? stripDot(String.valueOf(m.get("decimalsColumn"))) : null,
                m.containsKey("scaleColumn") ? stripDot(String.valueOf(m.get("scaleColumn"))) : null,
                m.containsKey("divisorColumn") ? stripDot(String.valueOf(m.get("divisorColumn"))) : null,
                m.containsKey("instance") ? String.valueOf(m.get("instance")) : null,
                m.containsKey("selectColumn") ? stripDot(String.valueOf(m.get("selectColumn"))) : null, Set.copyOf(selectValues),
                m.containsKey("fahrenheitWhen")
                        ? fahrenheitWhen(where + " fahrenheitWhen", m.get("fahrenheitWhen"), column, kind, string(where, m, "unit", false)) : null,
                also,
                m.containsKey("exponentColumn") ? stripDot(String.valueOf(m.get("exponentColumn"))) : null,
                m.containsKey("divisorWhen") ? divisorWhen(where + " divisorWhen", m.get("divisorWhen"), column, kind) : null,
                m.containsKey("decimalsByType") ? decimalsByType(where + " decimalsByType", m.get("decimalsByType"), m.containsKey("decimalsColumn")) : null);
    }

    /** {sensor type: decimal digits}, the vendor's defaults, read only where the decimals column is not answered. */
    private static Map<Long, Integer> decimalsByType(String where, Object o, boolean hasColumn) {
        if (!(o instanceof Map<?, ?> m) || m.isEmpty() || !hasColumn) {
            throw new ProfileException(where + ": must be {<sensor type>: <decimal digits>, ...} beside decimalsColumn");
        }
        Map<Long, Integer> out = new java.util.HashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            try {
                int digits = Integer.parseInt(String.valueOf(e.getValue()));
                if (digits < 0 || digits > 6) {
                    throw new NumberFormatException();
                }
                out.put(Long.parseLong(String.valueOf(e.getKey())), digits);
            } catch (NumberFormatException x) {
                throw new ProfileException(where + ": " + e.getKey() + ": " + e.getValue() + " is not a type and 0..6 digits");
            }
        }
        return Map.copyOf(out);
    }

    private static FahrenheitWhen fahrenheitWhen(String where, Object o, boolean onColumn, MetricKind kind, String unit) {
        if (!(o instanceof Map<?, ?> m)) {
            throw new ProfileException(where + ": must be {column: <oid> | oid: <scalar oid>, values: [...] | texts: [...]}");
        }
        checkKeys(where, m, FAHRENHEIT_KEYS);
        Setting s = setting(where, m, onColumn);
        // the conversion yields °C: on anything else it would corrupt the value
        if (kind != MetricKind.gauge || !"°C".equals(unit)) {
            throw new ProfileException(where + ": only a gauge in °C can be read from Fahrenheit");
        }
        // a setting is a number (iBoot, Eaton) or a unit written out (Comet's "°F"): a profile names either or both
        Set<String> texts = Set.copyOf(strings(m.get("texts")));
        if (m.containsKey("texts") && texts.isEmpty()) {
            throw new ProfileException(where + ": 'texts' must list the unit texts that mean Fahrenheit");
        }
        Set<Long> values = m.containsKey("values") || texts.isEmpty()
                ? values(where, m, "the settings that mean Fahrenheit (or 'texts' the unit texts)") : Set.of();
        return new FahrenheitWhen(s.oid(), s.column(), values, texts);
    }

    private static DivisorWhen divisorWhen(String where, Object o, boolean onColumn, MetricKind kind) {
        if (!(o instanceof Map<?, ?> m)) {
            throw new ProfileException(where + ": must be {column: <oid> | oid: <scalar oid>, values: [...], divisor: <number>}");
        }
        checkKeys(where, m, DIVISOR_WHEN_KEYS);
        Setting s = setting(where, m, onColumn);
        if (kind == MetricKind.state) {
            throw new ProfileException(where + ": a state has no scale to change");
        }
        double divisor = m.containsKey("divisor") ? number(where, "divisor", m.get("divisor")).doubleValue() : 0;
        if (!(divisor > 0)) {
            throw new ProfileException(where + ": 'divisor' must be a number above 0 (what the setting divides the value by)");
        }
        return new DivisorWhen(s.oid(), s.column(), values(where, m, "the settings that mean the finer unit"), divisor);
    }

    /** The agent's setting a metric's unit follows: a column (one value per row) or a scalar (one for the agent). */
    private record Setting(String oid, boolean column) {
    }

    private static Setting setting(String where, Map<?, ?> m, boolean onColumn) {
        boolean column = m.containsKey("column");
        if (column == m.containsKey("oid")) {
            throw new ProfileException(where + ": give exactly one of 'column' (a setting per row) or 'oid' (one for the agent)");
        }
        if (column && !onColumn) {
            throw new ProfileException(where + ": a scalar metric follows a scalar 'oid', it has no rows");
        }
        String oid = stripDot(String.valueOf(column ? m.get("column") : m.get("oid")));
        if (!OID.matcher(oid).matches()) {
            throw new ProfileException(where + ": not an OID: " + oid);
        }
        return new Setting(oid, column);
    }

    private static Set<Long> values(String where, Map<?, ?> m, String meaning) {
        if (!(m.get("values") instanceof List<?> l) || l.isEmpty()) {
            throw new ProfileException(where + ": 'values' must list " + meaning);
        }
        Set<Long> values = new TreeSet<>();
        for (Object v : l) {
            double d = number(where, "value", v).doubleValue();
            if (d != Math.rint(d)) {
                throw new ProfileException(where + ": value is not a whole number: " + v);
            }
            values.add((long) d);
        }
        return Set.copyOf(values);
    }

    private static void checkKeys(String where, Map<?, ?> m, Set<String> allowed) {
        for (Object k : m.keySet()) {
            if (!allowed.contains(String.valueOf(k))) {
                throw new ProfileException(where + ": unknown key '" + k + "' (allowed: " + new TreeSet<>(allowed) + ")");
            }
        }
    }

    private static Map<?, ?> map(Object o) {
        return o instanceof Map<?, ?> m ? m : Map.of();
    }

    private static List<String> strings(Object o) {
        if (o == null) {
            return List.of();
        }
        if (o instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(o));
    }

    private static String string(String where, Map<?, ?> m, String key, boolean required) {
        Object v = m.get(key);
        if (v == null && required) {
            throw new ProfileException(where + ": '" + key + "' is required");
        }
        return v == null ? "" : String.valueOf(v);
    }

    private static Number number(String where, String what, Object o) {
        if (o instanceof Number n) {
            return n;
        }
        try {
            return Double.parseDouble(String.valueOf(o));
        } catch (NumberFormatException e) {
            throw new ProfileException(where + ": " + what + " is not a number: " + o);
        }
    }

    private static String stripDot(String oid) {
        return oid.startsWith(".") ? oid.substring(1) : oid;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** YAML reads an unquoted yes/no/on/off as a boolean: the operator would see "true" instead of "yes". */
    private static String stateText(String where, Object text) {
        if (text instanceof Boolean) {
            throw new ProfileException(where + ": a state text reads as the boolean " + text + "; quote it ('yes', 'off'...)");
        }
        return String.valueOf(text);
    }
}
