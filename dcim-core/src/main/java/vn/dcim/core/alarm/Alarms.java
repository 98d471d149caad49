package vn.dcim.core.alarm;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The alarm lifecycle raised → acknowledged → cleared, de-duplicated on the reduction key
 * source + rule + instance: raising an open key again only counts an occurrence. Alarms of equipment
 * under maintenance are recorded but flagged suppressed. A condition that comes back within the flap
 * window re-opens its recent alarm (counting a flap) instead of raising, and notifying, a new one.
 * Every change is published as an {@link AlarmChanged} event for the console, incidents and notifications.
 */
@Singleton
public class Alarms implements AlarmRaiser {
    private static final Logger LOG = LoggerFactory.getLogger(Alarms.class);
    private static final String COLUMNS = "id, source, rule_id, instance, severity, article, message, suppressed, occurrences, "
            + "flaps, site_id, raised_at, acknowledged_at, acknowledged_by, ack_note, cleared_at";
    private static final String RAISE = "INSERT INTO alarm (source, rule_id, instance, open_key, severity, article, message, suppressed, "
            + "site_id, raised_at, last_seen_at) VALUES (?,?,?,?,?,?,?,?,(SELECT site_id FROM monitored_device WHERE id = ?),?,?) "
            + "ON DUPLICATE KEY UPDATE occurrences = occurrences + 1, last_seen_at = VALUES(last_seen_at)";
    private static final String REOPEN = "UPDATE alarm SET cleared_at = NULL, open_key = ?, flaps = flaps + 1, "
            + "occurrences = occurrences + 1, last_seen_at = ? WHERE id = ? AND cleared_at IS NOT NULL";

    private final DataSource dataSource;
    private final Clock clock;
    private final MaintenanceWindows maintenance;
    private final ApplicationEventPublisher<AlarmChanged> events;
    private final Duration flapWindow;

    Alarms(DataSource dataSource, Clock clock, MaintenanceWindows maintenance, ApplicationEventPublisher<AlarmChanged> events,
           @Value("${dcim.alarm.flap-window-s:300}") long flapWindowSeconds) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.clock = clock;
        this.maintenance = maintenance;
        this.events = events;
        this.flapWindow = Duration.ofSeconds(Math.max(0, flapWindowSeconds));
    }

    @Override
    public void raise(AlarmSignal s) {
        Instant now = clock.instant();
        String key = key(s.source(), s.ruleId(), s.instance());
        try (Connection c = dataSource.getConnection()) {
            Long flapping = recentlyCleared(c, s, now);
            if (flapping != null && reopen(c, key, flapping, now)) {
                publish(flapping, AlarmChanged.Change.reopened);
                return;
            }
            try (PreparedStatement ps = c.prepareStatement(RAISE, Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, s.source());
                ps.setString(2, s.ruleId());
                ps.setString(3, s.instance());
                ps.setString(4, key);
                ps.setString(5, s.severity().name());
                ps.setString(6, s.article());
                ps.setString(7, s.message());
                ps.setBoolean(8, maintenance.isUnderMaintenance(s.source(), now));
                ps.setString(9, s.source());
                ps.setTimestamp(10, Timestamp.from(now));
                ps.setTimestamp(11, Timestamp.from(now));
                // 1 = a new row; 2 = an occurrence counted on the open alarm, which changes nothing the operator must see
                if (ps.executeUpdate() == 1) {
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        if (keys.next()) {
                            publish(keys.getLong(1), AlarmChanged.Change.raised);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new DataAccessException("Could not raise alarm " + key + ": " + e.getMessage(), e);
        }
    }

    private Long recentlyCleared(Connection c, AlarmSignal s, Instant now) throws SQLException {
        if (flapWindow.isZero()) {
            return null;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM alarm WHERE source = ? AND rule_id = ? AND instance = ? "
                + "AND cleared_at >= ? ORDER BY cleared_at DESC LIMIT 1")) {
            ps.setString(1, s.source());
            ps.setString(2, s.ruleId());
            ps.setString(3, s.instance());
            ps.setTimestamp(4, Timestamp.from(now.minus(flapWindow)));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static boolean reopen(Connection c, String key, long id, Instant now) {
        try (PreparedStatement ps = c.prepareStatement(REOPEN)) {
            ps.setString(1, key);
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setLong(3, id);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            // another thread raised the same key meanwhile: the open alarm exists, count on it instead
            return false;
        }
    }

    @Override
    public void clear(String source, String ruleId, String instance) {
        String key = key(source, ruleId, instance);
        // duties clear every healthy item on every run: most calls find nothing open and stop at this read
        List<Long> ids = ids("SELECT id FROM alarm WHERE open_key = ?", key);
        if (!ids.isEmpty() && update("UPDATE alarm SET cleared_at = ?, open_key = NULL WHERE open_key = ?", Timestamp.from(clock.instant()), key) > 0) {
            ids.forEach(id -> publish(id, AlarmChanged.Change.cleared));
        }
    }

    /** Acknowledges an alarm that is not cleared yet; false when there is none with this id. */
    public boolean acknowledge(long id, String by, String note) {
        boolean done = update("UPDATE alarm SET acknowledged_at = COALESCE(acknowledged_at, ?), acknowledged_by = ?, ack_note = ? "
                + "WHERE id = ? AND cleared_at IS NULL", Timestamp.from(clock.instant()), by, note, id) > 0;
        if (done) {
            publish(id, AlarmChanged.Change.acknowledged);
        }
        return done;
    }

    @Override
    public List<String> openKeys() {
        List<String> keys = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT open_key FROM alarm WHERE open_key IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
            return keys;
        } catch (SQLException e) {
            throw new DataAccessException("Could not read open alarms: " + e.getMessage(), e);
        }
    }

    private void publish(long id, AlarmChanged.Change change) {
        find(id).ifPresent(alarm -> {
            try {
                events.publishEvent(new AlarmChanged(alarm, change));
            } catch (RuntimeException e) {
                // the alarm is committed; a failing listener (notification, console) must not undo or hide it
                LOG.warn("A listener failed on alarm {} {}: {}", id, change, e.toString());
            }
        });
    }

    private List<Long> ids(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            List<Long> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new DataAccessException("Could not read alarms: " + e.getMessage(), e);
        }
    }

    public Optional<AlarmView> find(long id) {
        return select("SELECT " + COLUMNS + " FROM alarm WHERE id = ?", id).stream().findFirst();
    }

    /** Alarms matching the filter, most severe first, newest first within a severity (Art. 30.8a). */
    public List<AlarmView> list(AlarmFilter filter, int limit, int offset) {
        List<Object> params = new ArrayList<>();
        String where = filter.where(params);
        params.add(limit);
        params.add(offset);
        return select("SELECT " + COLUMNS + " FROM alarm WHERE " + where
                + " ORDER BY FIELD(severity,'critical','major','minor','warning','info'), raised_at DESC LIMIT ? OFFSET ?", params.toArray());
    }

    public List<AlarmView> list(String state, int limit, int offset) {
        return list(AlarmFilter.state(state), limit, offset);
    }

    public long count(AlarmFilter filter) {
        List<Object> params = new ArrayList<>();
        String where = filter.where(params);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM alarm WHERE " + where)) {
            bind(ps, params.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new DataAccessException("Could not count alarms: " + e.getMessage(), e);
        }
    }

    public long count(String state) {
        return count(AlarmFilter.state(state));
    }

    static String key(String source, String ruleId, String instance) {
        return source + '|' + ruleId + '|' + instance;
    }

    private int update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException("Could not update alarms: " + e.getMessage(), e);
        }
    }

    private List<AlarmView> select(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            List<AlarmView> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AlarmView(rs.getLong("id"), rs.getString("source"), rs.getString("rule_id"), rs.getString("instance"),
                            Severity.valueOf(rs.getString("severity")), rs.getString("article"), rs.getString("message"),
                            rs.getBoolean("suppressed"), rs.getInt("occurrences"), rs.getInt("flaps"), rs.getString("site_id"),
                            instant(rs, "raised_at"),
                            instant(rs, "acknowledged_at"), rs.getString("acknowledged_by"), rs.getString("ack_note"),
                            instant(rs, "cleared_at")));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new DataAccessException("Could not read alarms: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
