package vn.dcim.core.telemetry;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes readings in one JDBC batch and keeps the latest value per metric for the dashboard. */
@Singleton
public class JdbcReadingStore implements ReadingSink {
    private static final String INSERT_READING =
            "INSERT IGNORE INTO reading (ts, device_id, metric, instance, value, text_value, unit) VALUES (?,?,?,?,?,?,?)";
    private static final String LATEST_COLUMNS =
            "INSERT INTO latest_reading (device_id, metric, instance, ts, value, text_value, unit) VALUES ";
    // an older reading arriving late (e.g. replayed after an outage) must not overwrite a newer latest value
    private static final String LATEST_UPDATE = " ON DUPLICATE KEY UPDATE value = IF(VALUES(ts) >= ts, VALUES(value), value), "
            + "text_value = IF(VALUES(ts) >= ts, VALUES(text_value), text_value), "
            + "unit = IF(VALUES(ts) >= ts, VALUES(unit), unit), ts = GREATEST(ts, VALUES(ts))";
    /**
     * Latest values go as multi-row upserts: the driver cannot send an ON DUPLICATE KEY UPDATE as
     * one bulk operation and would send a statement per row, which cost MariaDB as much as the
     * whole history insert (bench/mqtt, bench/snmp).
     */
    private static final int LATEST_ROWS_PER_STATEMENT = 500;
    private static final String UPSERT_LATEST_FULL = upsertLatest(LATEST_ROWS_PER_STATEMENT);

    private final DataSource dataSource;
    private final ApplicationEventPublisher<ReadingsRecorded> events;

    JdbcReadingStore(DataSource dataSource, ApplicationEventPublisher<ReadingsRecorded> events) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.events = events;
    }

    @Override
    public void record(List<Reading> readings) {
        if (readings.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement history = c.prepareStatement(INSERT_READING)) {
                for (Reading r : readings) {
                    bindHistory(history, r);
                    history.addBatch();
                }
                history.executeBatch();
                upsertLatest(c, newestPerSeries(readings));
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new DataAccessException("Could not store " + readings.size() + " readings: " + e.getMessage(), e);
        }
        events.publishEvent(new ReadingsRecorded(readings));
    }

    /**
     * A big batch (an MQTT stream) holds many points of one series; only the newest can be the latest
     * value. Sorted by key, so concurrent writers lock rows in the same order.
     */
    private static List<Reading> newestPerSeries(List<Reading> readings) {
        Map<String, Reading> newest = new TreeMap<>();
        for (Reading r : readings) {
            newest.merge(r.deviceId() + '\u0000' + r.metric() + '\u0000' + r.instance(), r,
                    (a, b) -> b.time().isBefore(a.time()) ? a : b);
        }
        return new ArrayList<>(newest.values());
    }

    private static void upsertLatest(Connection c, List<Reading> latest) throws SQLException {
        for (int from = 0; from < latest.size(); from += LATEST_ROWS_PER_STATEMENT) {
            List<Reading> chunk = latest.subList(from, Math.min(latest.size(), from + LATEST_ROWS_PER_STATEMENT));
            String sql = chunk.size() == LATEST_ROWS_PER_STATEMENT ? UPSERT_LATEST_FULL : upsertLatest(chunk.size());
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int at = 1;
                for (Reading r : chunk) {
                    bindLatest(ps, at, r);
                    at += 7;
                }
                ps.executeUpdate();
            }
        }
    }

    private static String upsertLatest(int rows) {
        StringBuilder sql = new StringBuilder(LATEST_COLUMNS.length() + rows * 16 + LATEST_UPDATE.length()).append(LATEST_COLUMNS);
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "(?,?,?,?,?,?,?)" : ",(?,?,?,?,?,?,?)");
        }
        return sql.append(LATEST_UPDATE).toString();
    }

    private static void bindHistory(PreparedStatement ps, Reading r) throws SQLException {
        ps.setTimestamp(1, Timestamp.from(r.time()));
        ps.setString(2, r.deviceId());
        ps.setString(3, r.metric());
        ps.setString(4, r.instance());
        bindValue(ps, 5, r);
    }

    private static void bindLatest(PreparedStatement ps, int at, Reading r) throws SQLException {
        ps.setString(at, r.deviceId());
        ps.setString(at + 1, r.metric());
        ps.setString(at + 2, r.instance());
        ps.setTimestamp(at + 3, Timestamp.from(r.time()));
        bindValue(ps, at + 4, r);
    }

    private static void bindValue(PreparedStatement ps, int from, Reading r) throws SQLException {
        if (r.value() == null) {
            ps.setNull(from, Types.DOUBLE);
        } else {
            ps.setDouble(from, r.value());
        }
        ps.setString(from + 1, r.text());
        ps.setString(from + 2, r.unit());
    }
}
