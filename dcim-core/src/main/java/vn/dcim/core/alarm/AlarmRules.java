package vn.dcim.core.alarm;

import jakarta.inject.Singleton;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.text.BundledYaml;

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

    private final AlarmRuleRepository table;
    private final long refreshMs;
    private final AuditLog audit;
    private volatile boolean seeded;
    // every reading is checked against the rules: they are read from the table at most every refreshMs,
    // not once per reading
    private volatile java.util.Map<String, List<AlarmRule>> enabledByMetric = java.util.Map.of();
    private volatile long loadedAt = Long.MIN_VALUE;

    AlarmRules(AlarmRuleRepository table, AlarmSettings settings, AuditLog audit) {
        this.table = table;
        this.refreshMs = settings.rulesRefreshMs();
        this.audit = audit;
    }

    public List<AlarmRule> forMetric(String metric) {
        long now = System.nanoTime() / 1_000_000; // an interval: monotonic, deaf to the wall clock's jumps
        if (loadedAt == Long.MIN_VALUE || now - loadedAt > refreshMs) {
            ensureSeeded();
            enabledByMetric = table.findByEnabled(true).stream().map(AlarmRuleRow::rule)
                    .collect(java.util.stream.Collectors.groupingBy(AlarmRule::metric));
            loadedAt = now;
        }
        return enabledByMetric.getOrDefault(metric, List.of());
    }

    public List<AlarmRule> all() {
        ensureSeeded();
        return table.listOrderById().stream().map(AlarmRuleRow::rule).toList();
    }

    private synchronized void ensureSeeded() {
        if (seeded) {
            return;
        }
        for (AlarmRule r : parse(DEFAULTS)) {
            AlarmRuleRow row = AlarmRuleRow.of(r);
            table.insertIfAbsent(row.id(), row.metric(), row.kind().name(), row.triggerValue(), row.rearmValue(), row.states(),
                    row.durationS(), row.severity().name(), row.article(), row.description(), row.enabled(), row.latching());
        }
        seeded = true;
    }

    /** The rules shipped with the product. */
    public static List<AlarmRule> parseDefaults() {
        return parse(DEFAULTS);
    }

    static List<AlarmRule> parse(String resource) {
        return BundledYaml.entries(resource, "rules", "alarm rules", AlarmRules::fromYaml);
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
        return table.findById(id).map(AlarmRuleRow::rule);
    }

    /**
     * Creates or replaces a rule (supervisors edit thresholds, durations, severities); effective at the
     * next refresh, and audited with who changed it and the rule before and after.
     */
    public AlarmRule save(AlarmRule rule, String actor) {
        AlarmRuleCheck.validate(rule);
        ensureSeeded();
        AlarmRule before = find(rule.id()).orElse(null);
        if (before == null) {
            table.save(AlarmRuleRow.of(rule));
        } else {
            table.update(AlarmRuleRow.of(rule));
        }
        loadedAt = Long.MIN_VALUE;
        audit.record(actor, "alarm-rule", rule.id(), before == null ? "create" : "update", before, rule);
        return rule;
    }
}
