package vn.dcim.core.incident;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.AssetFacts;
import vn.dcim.core.db.Paged;
import vn.dcim.core.device.DeviceStandings;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Which alarms belong to which incident, and what the correlation needs to know about them. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class IncidentLinks {
    private final IncidentRepository incidents;
    private final DeviceStandings standings;
    private final AssetFacts assets;

    /** False when the alarm already belongs to an incident (an alarm is in at most one). */
    boolean link(long incidentId, long alarmId) {
        return incidents.link(incidentId, alarmId) == 1;
    }

    Optional<Long> incidentOf(long alarmId) {
        return incidents.incidentOfAlarm(alarmId);
    }

    List<Long> alarmIds(long incidentId) {
        return incidents.alarmIdsOf(incidentId);
    }

    List<String> ruleIds(long incidentId) {
        return linked(incidentId, LinkedAlarm::ruleId);
    }

    List<String> sources(long incidentId) {
        return linked(incidentId, LinkedAlarm::source);
    }

    /** One part of the incident's alarms, each value once: the rules and the sources come from the same rows. */
    private List<String> linked(long incidentId, Function<LinkedAlarm, String> part) {
        return incidents.linkedAlarms(incidentId).stream().map(part).distinct().toList();
    }

    /** The {@code limit} newest incidents an alarm of this source (a device id) belongs to, cut in SQL. */
    List<Long> incidentsOfSource(String source, int limit) {
        return incidents.incidentsOfSource(source, Paged.limit(limit));
    }

    /** Art. 7.4: how important the equipment behind a monitored device is, when it is registered. */
    Optional<String> equipmentCriticality(String deviceId) {
        return standings.equipmentOf(deviceId).flatMap(assets::criticalityOf);
    }
}
