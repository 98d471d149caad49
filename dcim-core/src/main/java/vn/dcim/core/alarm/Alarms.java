package vn.dcim.core.alarm;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The alarm lifecycle raised → acknowledged → cleared, de-duplicated on the reduction key
 * source + rule + instance: raising an open key again only counts an occurrence. Alarms of equipment
 * under maintenance are recorded but flagged suppressed.
 */
@Singleton
public class Alarms implements AlarmRaiser {
    private static final String COLUMNS = "id, source, rule_id, instance, severity, article, message, suppressed, occurrences, "
            + "raised_at, acknowledged_at, acknowledged_by, ack_note, cleared_at";
    private static final String RAISE = "INSERT INTO alarm (source, rule_id, instance, open_key, severity, article, message, suppressed, "
            + "raised_at, last_seen_at) VALUES (?,?,?,?,?,?,?,?,?,?) "
            + "ON DUPLICATE KEY UPDATE occurrences = occurrences + 1, last_seen_at = VALUES(last_seen_at)";

    private final DataSource dataSource;
    private final Clock clock;
    private final MaintenanceWindows maintenance;

    Alarms(DataSource dataSource, Clock clock, MaintenanceWindows maintenance) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.clock = clock;
        this.maintenance = maintenance;
    }

    @Override
    public void raise(AlarmSignal s) {
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(RAISE)) {
            ps.setString(1, s.source());
            ps.setString(2, s.ruleId());
            ps.setString(3, s.instance());
            ps.setString(4, key(s.source(), s.ruleId(), s.instance()));
            ps.setString(5, s.severity().name());
            ps.setString(6, s.article());
            ps.setString(7, s.message());
            ps.setBoolean(8, maintenance.isUnderMaintenance(s.source(), now));
            ps.setTimestamp(9, Timestamp.from(now));
            ps.setTimestamp(10, Timestamp.from(now));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException("Could not raise alarm " + key(s.source(), s.ruleId(), s.instance()) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void clear(String source, String ruleId, String instance) {
        update("UPDATE alarm SET cleared_at = ?, open_key = NULL WHERE open_key = ?",
                Timestamp.from(clock.instant()), key(source, ruleId, instance));
    }

    /** Acknowledges an alarm that is not cleared yet; false when there is none with this id. */
    public boolean acknowledge(long id, String by, String note) {
        return update("UPDATE alarm SET acknowledged_at = COALESCE(acknowledged_at, ?), acknowledged_by = ?, ack_note = ? "
                + "WHERE id = ? AND cleared_at IS NULL", Timestamp.from(clock.instant()), by, note, id) > 0;
    }

    public Optional<AlarmView> find(long id) {
        return select("SELECT " + COLUMNS + " FROM alarm WHERE id = ?", id).stream().findFirst();
    }

    /** Alarms in the given state (open, acknowledged, cleared or null for all), most severe first (Art. 30.8a). */
    public List<AlarmView> list(String state, int limit, int offset) {
        return select("SELECT " + COLUMNS + " FROM alarm WHERE " + where(state)
                + " ORDER BY FIELD(severity,'critical','major','minor','warning','info'), raised_at DESC LIMIT ? OFFSET ?", limit, offset);
    }

    public long count(String state) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM alarm WHERE " + where(state));
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new DataAccessException("Could not count alarms: " + e.getMessage(), e);
        }
    }

    private static String where(String state) {
        if (state == null) {
            return "TRUE";
        }
        return switch (state) {
            case "open" -> "cleared_at IS NULL AND acknowledged_at IS NULL";
            case "acknowledged" -> "cleared_at IS NULL AND acknowledged_at IS NOT NULL";
            case "cleared" -> "cleared_at IS NOT NULL";
            default -> throw new IllegalArgumentException("state must be open, acknowledged or cleared, not " + state);
        };
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
                            rs.getBoolean("suppressed"), rs.getInt("occurrences"), instant(rs, "raised_at"),
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
