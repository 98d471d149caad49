package vn.dcim.core.incident;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.AssetFacts;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.db.Paged;
import vn.dcim.core.device.DeviceStandings;

import java.util.List;
import java.util.Optional;

/** Which alarms belong to which incident, and what the correlation needs to know about them. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class IncidentLinks {
    private final Jdbc jdbc;
    private final DeviceStandings standings;
    private final AssetFacts assets;

    /** False when the alarm already belongs to an incident (an alarm is in at most one). */
    boolean link(long incidentId, long alarmId) {
        return jdbc.update("link alarm " + alarmId + " to incident " + incidentId,
                "INSERT IGNORE INTO incident_alarm (incident_id, alarm_id) VALUES (?, ?)", incidentId, alarmId) == 1;
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

    /** The {@code limit} newest incidents an alarm of this source (a device id) belongs to, cut in SQL. */
    List<Long> incidentsOfSource(String source, int limit) {
        return jdbc.list("read incident links", "SELECT DISTINCT l.incident_id FROM incident_alarm l JOIN alarm a ON a.id = l.alarm_id"
                + " WHERE a.source = ? ORDER BY l.incident_id DESC LIMIT ?", rs -> rs.getLong(1), source, Paged.limit(limit));
    }

    /** Art. 7.4: how important the equipment behind a monitored device is, when it is registered. */
    Optional<String> equipmentCriticality(String deviceId) {
        return standings.equipmentOf(deviceId).flatMap(assets::criticalityOf);
    }

    private List<String> strings(String sql, Object param) {
        return jdbc.list("read incident links", sql, rs -> rs.getString(1), param);
    }
}
