package vn.dcim.core.incident;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Which alarms belong to which incident, and what the correlation needs to know about them. */
@Singleton
class IncidentLinks {
    private final DataSource dataSource;

    IncidentLinks(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /** False when the alarm already belongs to an incident (an alarm is in at most one). */
    boolean link(long incidentId, long alarmId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT IGNORE INTO incident_alarm (incident_id, alarm_id) VALUES (?, ?)")) {
            ps.setLong(1, incidentId);
            ps.setLong(2, alarmId);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new DataAccessException("Could not link alarm " + alarmId + " to incident " + incidentId + ": " + e.getMessage(), e);
        }
    }

    Optional<Long> incidentOf(long alarmId) {
        List<String> ids = strings("SELECT incident_id FROM incident_alarm WHERE alarm_id = ?", alarmId);
        return ids.stream().findFirst().map(Long::valueOf);
    }

    List<Long> alarmIds(long incidentId) {
        return strings("SELECT alarm_id FROM incident_alarm WHERE incident_id = ? ORDER BY alarm_id", incidentId).stream()
                .map(Long::valueOf).toList();
    }

    List<String> ruleIds(long incidentId) {
        return strings("SELECT DISTINCT a.rule_id FROM incident_alarm l JOIN alarm a ON a.id = l.alarm_id WHERE l.incident_id = ?", incidentId);
    }

    List<String> sources(long incidentId) {
        return strings("SELECT DISTINCT a.source FROM incident_alarm l JOIN alarm a ON a.id = l.alarm_id WHERE l.incident_id = ?", incidentId);
    }

    /** Art. 7.4: how important the equipment behind a monitored device is, when it is registered. */
    Optional<String> equipmentCriticality(String deviceId) {
        return strings("SELECT a.criticality FROM monitored_device d JOIN asset a ON a.id = d.asset_id WHERE d.id = ?", deviceId)
                .stream().findFirst();
    }

    private List<String> strings(String sql, Object param) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, param);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new DataAccessException("Could not read incident links: " + e.getMessage(), e);
        }
    }
}
