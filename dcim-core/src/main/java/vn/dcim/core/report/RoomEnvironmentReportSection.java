package vn.dcim.core.report;

import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.alarm.AlarmRule;
import vn.dcim.core.alarm.AlarmRules;
import vn.dcim.core.report.Report;
import vn.dcim.core.report.ReportLabels;
import vn.dcim.core.report.ReportPeriod;
import vn.dcim.core.report.ReportSection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The environment part of the quarterly and yearly report (Art. 6.2: temperature and humidity suitable
 * for IT equipment; Art. 7.2: the periodic report): per room and quantity, the lowest, mean and highest
 * reading of the period and the hours in which a reading left the range of the enabled alarm rules
 * (the thresholds the center set, Art. 6.2 gives no number). Read from the hourly roll-ups of the series
 * store, kept 5 years, so a year's report reads 8,760 rows per sensor, never the raw points.
 */
@Singleton
@Order(20)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RoomEnvironmentReportSection implements ReportSection {
    private static final List<String> METRICS = List.of("env.temperature", "env.humidity");

    private final Clock clock;
    private final AlarmRules rules;

    @Override
    public Report.Section build(Connection c, ReportPeriod period, String lang) throws SQLException {
        ReportLabels l = new ReportLabels(lang);
        // roll-up buckets are UTC; the period is the center's days
        LocalDateTime from = LocalDateTime.ofInstant(period.start().atStartOfDay(clock.getZone()).toInstant(), ZoneOffset.UTC);
        LocalDateTime to = LocalDateTime.ofInstant(period.end().atStartOfDay(clock.getZone()).toInstant(), ZoneOffset.UTC);
        List<List<Object>> rows = new ArrayList<>();
        for (String metric : METRICS) {
            Range range = range(metric);
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT COALESCE(CONCAT(COALESCE(t.name, r.site_id), ' › ', r.name), '') AS room, MAX(s.unit),
                           MIN(h.min_value), SUM(h.sum_value) / NULLIF(SUM(h.n_value), 0), MAX(h.max_value),
                           COUNT(DISTINCT h.bucket),
                           COUNT(DISTINCT CASE WHEN h.max_value > ? OR h.min_value < ? THEN h.bucket END)
                    FROM series s
                    JOIN rollup_1h h ON h.series_id = s.id AND h.bucket >= ? AND h.bucket < ?
                    LEFT JOIN monitored_device d ON d.id = s.device_id
                    LEFT JOIN asset a ON a.id = d.asset_id
                    LEFT JOIN rack k ON k.id = a.rack_id
                    LEFT JOIN monitored_device_place p ON p.device_id = d.id AND d.asset_id IS NULL
                    LEFT JOIN room r ON r.id = COALESCE(a.room_id, k.room_id, p.room_id)
                    LEFT JOIN site t ON t.id = r.site_id
                    WHERE s.metric = ? AND s.kind = 'gauge'
                    GROUP BY room ORDER BY room""")) {
                ps.setDouble(1, range.high == null ? Double.MAX_VALUE : range.high);
                ps.setDouble(2, range.low == null ? -Double.MAX_VALUE : range.low);
                ps.setObject(3, from);
                ps.setObject(4, to);
                ps.setString(5, metric);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String room = rs.getString(1).isEmpty() ? l.get("environment.noRoom") : rs.getString(1);
                        String unit = rs.getString(2) == null ? "" : rs.getString(2);
                        rows.add(List.of(room, l.get("environment." + metric), round(rs.getDouble(3)), round(rs.getDouble(4)),
                                round(rs.getDouble(5)), range.text(unit, l), rs.getLong(6),
                                range.isEmpty() ? "" : (Object) rs.getLong(7)));
                    }
                }
            }
        }
        return new Report.Section(l.get("section.environment"),
                l.columns("room", "quantity", "min", "mean", "max", "range", "hoursMeasured", "hoursOutOfRange"), rows).sheet(l.get("sheet.environment"));
    }

    /**
     * The range the enabled alarm rules of the metric allow: the lowest "above" and the highest "below" trigger. Read
     * fresh from the alarm rules (not their evaluator's cache), so a rule changed just before the report counts.
     */
    private Range range(String metric) {
        List<AlarmRule> enabled = rules.all().stream().filter(r -> r.enabled() && r.metric().equals(metric) && r.trigger() != null).toList();
        Double high = enabled.stream().filter(r -> r.kind() == AlarmRule.Kind.above).map(AlarmRule::trigger).min(Double::compare).orElse(null);
        Double low = enabled.stream().filter(r -> r.kind() == AlarmRule.Kind.below).map(AlarmRule::trigger).max(Double::compare).orElse(null);
        return new Range(low, high);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private record Range(Double low, Double high) {
        boolean isEmpty() {
            return low == null && high == null;
        }

        String text(String unit, ReportLabels l) {
            String u = unit.isEmpty() ? "" : " " + unit;
            if (isEmpty()) {
                return l.get("environment.noRule");
            }
            if (low == null) {
                return "≤ " + num(high) + u;
            }
            if (high == null) {
                return "≥ " + num(low) + u;
            }
            return num(low) + "–" + num(high) + u;
        }

        private static String num(double v) {
            return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
        }
    }
}
