package vn.dcim.core.incident;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.alarm.AlarmView;
import vn.dcim.core.alarm.Severity;

import java.util.Set;

/**
 * The operational level an alarm suggests (Art. 13.2). A critical alarm directly affects the
 * center's operation: serious. A major alarm on equipment registered as high or critical is an
 * important device failing, reported at once (Art. 7.4): serious too. Anything else is ordinary and
 * handled by the operator on shift. Chains may raise a level to especially serious (Art. 13.2c).
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class IncidentPolicy {
    private static final Set<String> IMPORTANT = Set.of("high", "critical");

    private final IncidentLinks links;

    IncidentLevel levelOf(AlarmView alarm) {
        if (alarm.severity() == Severity.critical) {
            return IncidentLevel.serious;
        }
        if (alarm.severity() == Severity.major && links.equipmentCriticality(alarm.source()).filter(IMPORTANT::contains).isPresent()) {
            return IncidentLevel.serious;
        }
        return IncidentLevel.ordinary;
    }
}
