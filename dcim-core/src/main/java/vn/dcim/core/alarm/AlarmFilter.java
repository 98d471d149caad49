package vn.dcim.core.alarm;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** What the operator narrows the alarm list to; every field is optional. */
public record AlarmFilter(@Nullable String state, @Nullable String source, @Nullable String ruleId,
                          @Nullable Severity severity, @Nullable String siteId) {

    public static AlarmFilter state(@Nullable String state) {
        return new AlarmFilter(state, null, null, null, null);
    }

    String where(List<Object> params) {
        StringBuilder sql = new StringBuilder(stateCondition());
        condition(sql, params, "source", source);
        condition(sql, params, "rule_id", ruleId);
        condition(sql, params, "severity", severity == null ? null : severity.name());
        condition(sql, params, "site_id", siteId);
        return sql.toString();
    }

    private String stateCondition() {
        if (state == null) {
            return "TRUE";
        }
        return switch (state) {
            case "open" -> "cleared_at IS NULL AND acknowledged_at IS NULL";
            case "acknowledged" -> "cleared_at IS NULL AND acknowledged_at IS NOT NULL";
            case "cleared" -> "cleared_at IS NOT NULL";
            // open or acknowledged: what the console shows
            case "active" -> "cleared_at IS NULL";
            default -> throw new IllegalArgumentException("state must be open, acknowledged, active or cleared, not " + state);
        };
    }

    private static void condition(StringBuilder sql, List<Object> params, String column, @Nullable String value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = ?");
            params.add(value);
        }
    }
}
