package vn.dcim.core.telemetry;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.dcim.core.db.Jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The series of the store and their ids. A series is created the first time a reading names it and
 * never changes its id, so the ids are cached for good: a collector's batch costs no lookup once its
 * series are known. Creation is INSERT IGNORE then SELECT, so two writers meeting a new series at once
 * both end with the same id. It runs outside the writers' transactions, so that the id is visible to
 * every writer at once and a failed batch leaves a harmless empty series behind at worst.
 */
@Singleton
public class SeriesCatalog {
    private static final String COLUMNS = "id, device_id, metric, instance, unit, kind";
    private final Jdbc jdbc;
    private final Map<Series.Key, Integer> ids = new ConcurrentHashMap<>();

    SeriesCatalog(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The series id of every reading, in order; creates the series not seen before. */
    int[] idsOf(List<Reading> readings) {
        Map<Series.Key, Reading> missing = new LinkedHashMap<>();
        for (Reading r : readings) {
            Series.Key k = Series.Key.of(r);
            if (!ids.containsKey(k)) {
                missing.putIfAbsent(k, r);
            }
        }
        if (!missing.isEmpty()) {
            create(missing);
        }
        int[] out = new int[readings.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids.get(Series.Key.of(readings.get(i)));
        }
        return out;
    }

    private void create(Map<Series.Key, Reading> missing) {
        jdbc.call("create " + missing.size() + " series", c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT IGNORE INTO series (device_id, metric, instance, unit, kind) VALUES (?,?,?,?,?)")) {
                for (Reading r : missing.values()) {
                    insert.setString(1, r.deviceId());
                    insert.setString(2, r.metric());
                    insert.setString(3, r.instance());
                    insert.setString(4, r.unit());
                    insert.setString(5, r.text() == null ? Series.GAUGE : Series.STATE);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT id FROM series WHERE device_id = ? AND metric = ? AND instance = ?")) {
                for (Series.Key k : missing.keySet()) {
                    select.setString(1, k.deviceId());
                    select.setString(2, k.metric());
                    select.setString(3, k.instance());
                    try (ResultSet rs = select.executeQuery()) {
                        rs.next();
                        ids.put(k, rs.getInt(1));
                    }
                }
            }
            return null;
        });
    }

    public Optional<Series> find(String deviceId, String metric, String instance) {
        return jdbc.list("find a series", "SELECT " + COLUMNS + " FROM series WHERE device_id = ? AND metric = ? AND instance = ?",
                SeriesCatalog::series, deviceId, metric, instance).stream().findFirst();
    }

    /** The series of a device, of a metric, or of both; ordered by device, metric and instance. */
    public List<Series> list(@Nullable String deviceId, @Nullable String metric) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM series WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (deviceId != null) {
            sql.append(" AND device_id = ?");
            params.add(deviceId);
        }
        if (metric != null) {
            sql.append(" AND metric = ?");
            params.add(metric);
        }
        sql.append(" ORDER BY device_id, metric, instance LIMIT 10000");
        return jdbc.list("list series", sql.toString(), SeriesCatalog::series, params.toArray());
    }

    private static Series series(ResultSet rs) throws java.sql.SQLException {
        return new Series(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6));
    }
}
