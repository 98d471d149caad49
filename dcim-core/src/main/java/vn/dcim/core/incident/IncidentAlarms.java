package vn.dcim.core.incident;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.alarm.AlarmView;
import vn.dcim.core.alarm.Alarms;

import java.util.List;
import java.util.Optional;

/** The alarms an incident gathered, as their readers see them (an alarm since erased is left out). */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class IncidentAlarms {
    private final IncidentLinks links;
    private final Alarms alarms;

    public List<AlarmView> of(long incidentId) {
        return links.alarmIds(incidentId).stream().map(alarms::find).flatMap(Optional::stream).toList();
    }
}
