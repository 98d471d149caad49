package vn.dcim.core.alarm;

import jakarta.inject.Singleton;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.text.BundledYaml;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The alarm rules in the database. Shipped defaults (rules/default-rules.yml) are added when missing,
 * so an upgrade brings new rules without overwriting what operators changed; a rule is retired by
 * disabling it, not deleting it.
 */
@Singleton
public class AlarmRules {
    static final String DEFAULTS = "rules/default-rules.yml";
    private static final String COLUMNS = "id, metric, kind, trigger_value, rearm_value, states, duration_s, severity, article, description, enabled, latching";

    private final Jdbc jdbc;
    private final long refreshMs;
    private final AuditLog audit;
    private volatile boolean seeded;
    // every reading is checked against the rules: they are read from the table at most every refreshMs,
    // not once per reading
    private volatile java.util.Map<String, List<AlarmRule>> enabledByMetric = java.util.Map.of();
    private volatile long loadedAt = Long.MIN_VALUE;

    AlarmRules(Jdbc jdbc, AlarmSettings settings, AuditLog audit) {
        this.jdbc = jdbc;
        this.refreshMs = settings.rulesRefreshMs();
        this.audit = audit;
    }

    public List<AlarmRule> forMetric(String metric) {
        long now = System.nanoTime() / 1_000_000; // an interval: monotonic, deaf to the wall clock's jumps
        if (loadedAt == Long.MIN_VALUE || now - loadedAt > refreshMs) {
            ensureSeeded();
            enabledByMetric = query("SELECT " + COLUMNS + " FROM alarm_rule WHERE enabled", null).stream()
                    .collect(java.util.stream.Collectors.groupingBy(AlarmRule::metric));
            loadedAt = now;
        }
        return enabledByMetric.getOrDefault(metric, List.of());
    }

    public List<AlarmRule> all() {
        ensureSeeded();
        return query("SELECT " + COLUMNS + " FROM alarm_rule ORDER BY id", null);
    }

    private synchronized void ensureSeeded() {
        if (seeded) {
            return;
        }
        jdbc.call("seed the alarm rules", c -> insert(c, "INSERT IGNORE", parse(DEFAULTS)));
        seeded = true;
    }

    /** The rules shipped with the product. */
    public static List<AlarmRule> parseDefaults() {
        return parse(DEFAULTS);
    }

    static List<AlarmRule> parse(String resource) {
        try {
            List<AlarmRule> rules = new ArrayList<>();
            for (Map<String, Object> m : BundledYaml.entries(resource, "rules")) {
                rules.add(fromYaml(m));
            }
            return rules;
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + resource, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static AlarmRule fromYaml(Map<String, Object> m) {
        String id = required(m, "id");
        try {
            return new AlarmRule(id, required(m, "metric"), AlarmRule.Kind.valueOf(required(m, "kind")),
                    number(m.get("trigger")), number(m.get("rearm")),
                    (List<String>) m.getOrDefault("states", List.of()),
                    m.get("duration") == null ? 0 : ((Number) m.get("duration")).intValue(),
                    Severity.valueOf(required(m, "severity")), required(m, "article"),
                    m.containsKey("description_en") ? required(m, "description_en") : required(m, "description"),
                    !Boolean.FALSE.equals(m.get("enabled")), !Boolean.FALSE.equals(m.get("latching")));
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("Alarm rule " + id + " is invalid: " + e.getMessage(), e);
        }
    }

    private static String required(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v == null) {
            throw new IllegalStateException("Alarm rule " + m.get("id") + " lacks '" + key + "'");
        }
        return v.toString();
    }

    private static Double number(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }

    public java.util.Optional<AlarmRule> find(String id) {
        ensureSeeded();
        return query("SELECT " + COLUMNS + " FROM alarm_rule WHERE id = ?", id).stream().findFirst();
    }

    /**
     * Creates or replaces a rule (supervisors edit thresholds, durations, severities); effective at the
     * next refresh, and audited with who changed it and the rule before and after.
     */
    public AlarmRule save(AlarmRule rule, String actor) {
        AlarmRuleCheck.validate(rule);
        ensureSeeded();
        AlarmRule before = find(rule.id()).orElse(null);
        jdbc.call("save alarm rule " + rule.id(), c -> insert(c, "REPLACE", List.of(rule)));
        loadedAt = Long.MIN_VALUE;
        audit.record(actor, "alarm-rule", rule.id(), before == null ? "create" : "update", before, rule);
        return rule;
    }

    private static int[] insert(Connection c, String verb, List<AlarmRule> rules) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(verb + " INTO alarm_rule (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (AlarmRule r : rules) {
                ps.setString(1, r.id());
                ps.setString(2, r.metric());
                ps.setString(3, r.kind().name());
                setDouble(ps, 4, r.trigger());
                setDouble(ps, 5, r.rearm());
                ps.setString(6, String.join(",", r.states()));
                ps.setInt(7, r.durationSeconds());
                ps.setString(8, r.severity().name());
                ps.setString(9, r.article());
                ps.setString(10, r.description());
                ps.setBoolean(11, r.enabled());
                ps.setBoolean(12, r.latching());
                ps.addBatch();
            }
            return ps.executeBatch();
        }
    }

    private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, v);
        }
    }

    private List<AlarmRule> query(String sql, String param) {
        return jdbc.list("read alarm rules", sql, rs -> {
            String states = rs.getString("states");
            return new AlarmRule(rs.getString("id"), rs.getString("metric"), AlarmRule.Kind.valueOf(rs.getString("kind")),
                    (Double) rs.getObject("trigger_value", Double.class), (Double) rs.getObject("rearm_value", Double.class),
                    states == null || states.isBlank() ? List.of() : Arrays.asList(states.split(",")),
                    rs.getInt("duration_s"), Severity.valueOf(rs.getString("severity")), rs.getString("article"),
                    rs.getString("description"), rs.getBoolean("enabled"), rs.getBoolean("latching"));
        }, param == null ? new Object[0] : new Object[] {param});
    }
}
