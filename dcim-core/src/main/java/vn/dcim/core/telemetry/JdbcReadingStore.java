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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes readings in one JDBC batch and keeps the latest value per metric for the dashboard. */
@Singleton
public class JdbcReadingStore implements ReadingSink {
    private static final String INSERT_READING =
            "INSERT IGNORE INTO reading (ts, device_id, metric, instance, value, text_value, unit) VALUES (?,?,?,?,?,?,?)";
    // an older reading arriving late (e.g. replayed after an outage) must not overwrite a newer latest value
    private static final String UPSERT_LATEST =
            "INSERT INTO latest_reading (device_id, metric, instance, ts, value, text_value, unit) VALUES (?,?,?,?,?,?,?) "
                    + "ON DUPLICATE KEY UPDATE value = IF(VALUES(ts) >= ts, VALUES(value), value), "
                    + "text_value = IF(VALUES(ts) >= ts, VALUES(text_value), text_value), "
                    + "unit = IF(VALUES(ts) >= ts, VALUES(unit), unit), ts = GREATEST(ts, VALUES(ts))";

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
            try (PreparedStatement history = c.prepareStatement(INSERT_READING);
                 PreparedStatement latest = c.prepareStatement(UPSERT_LATEST)) {
                for (Reading r : readings) {
                    bindHistory(history, r);
                    history.addBatch();
                }
                for (Reading r : newestPerSeries(readings)) {
                    bindLatest(latest, r);
                    latest.addBatch();
                }
                history.executeBatch();
                latest.executeBatch();
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

    /** A big batch (an MQTT stream) holds many points of one series; only the newest can be the latest value. */
    private static Collection<Reading> newestPerSeries(List<Reading> readings) {
        Map<String, Reading> newest = new LinkedHashMap<>();
        for (Reading r : readings) {
            newest.merge(r.deviceId() + '\u0000' + r.metric() + '\u0000' + r.instance(), r,
                    (a, b) -> b.time().isBefore(a.time()) ? a : b);
        }
        return newest.values();
    }

    private static void bindHistory(PreparedStatement ps, Reading r) throws SQLException {
        ps.setTimestamp(1, Timestamp.from(r.time()));
        ps.setString(2, r.deviceId());
        ps.setString(3, r.metric());
        ps.setString(4, r.instance());
        bindValue(ps, 5, r);
    }

    private static void bindLatest(PreparedStatement ps, Reading r) throws SQLException {
        ps.setString(1, r.deviceId());
        ps.setString(2, r.metric());
        ps.setString(3, r.instance());
        ps.setTimestamp(4, Timestamp.from(r.time()));
        bindValue(ps, 5, r);
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
