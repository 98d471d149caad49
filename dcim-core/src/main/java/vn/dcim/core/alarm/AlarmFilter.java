package vn.dcim.core.alarm;

import io.micronaut.core.annotation.Nullable;

import java.util.Collection;
import java.util.List;

/**
 * What the operator narrows the alarm list to; every field is optional. {@code siteIds} narrows it to a set of sites
 * (a centre's console): an empty set matches no alarm.
 */
public record AlarmFilter(@Nullable String state, @Nullable String source, @Nullable String ruleId,
                          @Nullable Severity severity, @Nullable String siteId,
                          @Nullable Collection<String> siteIds, @Nullable java.util.Set<String> sources) {

    public AlarmFilter(@Nullable String state, @Nullable String source, @Nullable String ruleId, @Nullable Severity severity,
                       @Nullable String siteId) {
        this(state, source, ruleId, severity, siteId, null, null);
    }

    /** The same filter, narrowed to the alarms of these sites (a centre's; none when empty). */
    public AlarmFilter within(Collection<String> sites) {
        return new AlarmFilter(state, source, ruleId, severity, siteId, among(siteIds, sites), sources);
    }

    /**
     * Narrowed to an account's scope: alarms of these sites (empty: any) and, when {@code onlySources} is not
     * null, only of those devices.
     */
    public AlarmFilter within(java.util.Set<String> sites, @Nullable java.util.Set<String> onlySources) {
        return new AlarmFilter(state, source, ruleId, severity, siteId, sites.isEmpty() ? siteIds : among(siteIds, sites),
                onlySources == null ? sources : onlySources);
    }

    /** Both narrowings hold: a centre chosen by a person limited to some sites shows the sites of both. */
    private static List<String> among(@Nullable Collection<String> already, Collection<String> sites) {
        return already == null ? List.copyOf(sites) : already.stream().filter(sites::contains).toList();
    }

    /** The states a list can be narrowed to. */
    public static final List<String> STATES = List.of("open", "acknowledged", "returned", "closed", "unacknowledged", "console",
            "active", "cleared");

    /** What the alarm console shows and the dashboard counts: every alarm not closed (ISA-18.2). */
    public static final String CONSOLE = "console";

    /** The source under which compliance checks raised alarms before findings had their own list (V101). */
    static final String COMPLIANCE_SOURCE = "compliance";

    /** An alarm that is not a held symptom of another (those are listed under their root). */
    static final String NOT_SYMPTOM = "NOT (suppressed AND root_alarm_id IS NOT NULL)";

    /**
     * Not an alarm waiting for its cause (held back, under no root, no maintenance window, not yet released) raised after
     * the console settle's start: its cause, told a moment later, takes it under itself before it was a row of its own.
     * The one parameter is that start.
     */
    static final String SETTLED = "NOT (suppressed AND root_alarm_id IS NULL AND window_id IS NULL AND released_at IS NULL AND raised_at > ?)";

    public static AlarmFilter state(@Nullable String state) {
        return new AlarmFilter(state, null, null, null, null);
    }

    /** {@code settledBefore}: the console shows alarms waiting for their cause raised before it (see {@link #SETTLED}). */
    String where(List<Object> params, java.time.Instant settledBefore) {
        StringBuilder sql = new StringBuilder(stateCondition());
        if (CONSOLE.equals(state)) {
            sql.append(" AND ").append(SETTLED);
            params.add(java.sql.Timestamp.from(settledBefore));
        }
        // compliance findings are not alarms: the rows raised as alarms before V101 closed them are
        // the findings' history, listed with the findings, never among the shift's alarms
        sql.append(" AND source <> '").append(COMPLIANCE_SOURCE).append("'");
        condition(sql, params, "source", source);
        condition(sql, params, "rule_id", ruleId);
        condition(sql, params, "severity", severity == null ? null : severity.name());
        condition(sql, params, "site_id", siteId);
        among(sql, params, "site_id", siteIds);
        among(sql, params, "source", sources);
        return sql.toString();
    }

    private String stateCondition() {
        if (state == null) {
            return "TRUE";
        }
        // the states of ANSI/ISA-18.2 (IEC 62682) and the sets the console and the API ask for
        return switch (state) {
            case "open" -> "cleared_at IS NULL AND acknowledged_at IS NULL";
            case "acknowledged" -> "cleared_at IS NULL AND acknowledged_at IS NOT NULL";
            // returned to normal, nobody acknowledged it yet: still on the console
            case "returned" -> "cleared_at IS NOT NULL AND closed_at IS NULL";
            case "closed" -> "closed_at IS NOT NULL";
            // active or returned to normal, awaiting a person
            case "unacknowledged" -> "acknowledged_at IS NULL AND closed_at IS NULL";
            // every alarm not closed: what the console and the dashboard count
            // A symptom is shown under its root, not beside it
            case "console" -> "closed_at IS NULL AND " + NOT_SYMPTOM;
            case "cleared" -> "cleared_at IS NOT NULL";
            // open or acknowledged: the condition is still there
            case "active" -> "cleared_at IS NULL";
            default -> throw new IllegalArgumentException("state must be one of " + STATES + ", not " + state);
        };
    }

    private static void among(StringBuilder sql, List<Object> params, String column, @Nullable Collection<String> values) {
        if (values == null) {
            return;
        }
        if (values.isEmpty()) {
            sql.append(" AND FALSE");
            return;
        }
        sql.append(" AND ").append(column).append(" IN (").append(String.join(",", values.stream().map(v -> "?").toList())).append(')');
        params.addAll(values);
    }

    private static void condition(StringBuilder sql, List<Object> params, String column, @Nullable String value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = ?");
            params.add(value);
        }
    }
}
