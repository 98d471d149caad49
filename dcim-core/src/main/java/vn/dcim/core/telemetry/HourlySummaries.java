package vn.dcim.core.telemetry;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A gauge's hourly roll-ups summed up per group of devices (a periodic report's rooms): the lowest, mean and highest
 * value and the hours measured and out of a range. Read from the hourly roll-ups, never the raw points, and summed
 * up in SQL; the caller says which group each device belongs to, a device in none is in the group "".
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class HourlySummaries {
    private final Jdbc jdbc;

    /** One group's figures; {@code min}, {@code mean} and {@code max} are 0 where there was no value. */
    public record Summary(String group, String unit, double min, double mean, double max, long hours, long hoursOutside) {
    }

    /** The devices with a gauge series of this metric. */
    public List<String> devicesMeasuring(String metric) {
        return jdbc.list("read the devices measuring a metric", "SELECT DISTINCT device_id FROM series WHERE metric = ? AND kind = 'gauge'",
                rs -> rs.getString(1), metric);
    }

    /**
     * Per group, the metric's hourly roll-ups with a bucket in [from, to) (UTC), an hour out of range when its highest
     * value is above {@code high} or its lowest below {@code low}; ordered by group.
     */
    public List<Summary> byGroup(String metric, Map<String, String> groupOfDevice, double high, double low, LocalDateTime from, LocalDateTime to) {
        List<Object> params = new ArrayList<>(List.of(high, low, from, to));
        StringBuilder groups = new StringBuilder();
        groupOfDevice.forEach((device, group) -> {
            groups.append(groups.isEmpty() ? "SELECT ? AS device_id, ? AS grp" : " UNION ALL SELECT ?, ?");
            params.add(device);
            params.add(group);
        });
        params.add(metric);
        String sql = "SELECT " + (groupOfDevice.isEmpty() ? "''" : "COALESCE(g.grp, '')") + " AS grp, MAX(s.unit), "
                + "MIN(h.min_value), SUM(h.sum_value) / NULLIF(SUM(h.n_value), 0), MAX(h.max_value), COUNT(DISTINCT h.bucket), "
                + "COUNT(DISTINCT CASE WHEN h.max_value > ? OR h.min_value < ? THEN h.bucket END) "
                + "FROM series s JOIN rollup_1h h ON h.series_id = s.id AND h.bucket >= ? AND h.bucket < ? "
                + (groupOfDevice.isEmpty() ? "" : "LEFT JOIN (" + groups + ") g ON g.device_id = s.device_id ")
                + "WHERE s.metric = ? AND s.kind = 'gauge' GROUP BY grp ORDER BY grp";
        return jdbc.list("sum up the hourly roll-ups by group", sql, rs -> new Summary(rs.getString(1), rs.getString(2) == null ? "" : rs.getString(2),
                rs.getDouble(3), rs.getDouble(4), rs.getDouble(5), rs.getLong(6), rs.getLong(7)), params.toArray());
    }
}
