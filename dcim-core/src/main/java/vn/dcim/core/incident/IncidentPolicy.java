package vn.dcim.core.incident;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.alarm.AlarmView;
import vn.dcim.core.alarm.Severity;

import java.util.Set;

/**
 * The operational level an alarm suggests (QĐ 11/2023 Điều 13 khoản 2). An alarm that only says one device
 * cannot be reached (incidents/chains.yml {@code lostContact}: unreachable, silent, a camera offline) is
 * ordinary whatever its severity or the device's registered importance: losing sight of a device is not yet
 * an effect on the center's operation, which is what makes an incident serious (điểm b). Otherwise a
 * critical alarm directly affects the center's operation: serious. A major alarm on equipment registered as
 * high or critical is an important device failing, reported at once (Art. 7.4): serious too. Anything else is
 * ordinary and handled by the operator on shift. Chains may raise a level to especially serious (điểm c).
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class IncidentPolicy {
    private static final Set<String> IMPORTANT = Set.of("high", "critical");

    private final IncidentLinks links;
    private final IncidentChains chains;

    IncidentLevel levelOf(AlarmView alarm) {
        if (chains.onlyLostContact(alarm.ruleId())) {
            return IncidentLevel.ordinary;
        }
        if (alarm.severity() == Severity.critical) {
            return IncidentLevel.serious;
        }
        if (alarm.severity() == Severity.major && links.equipmentCriticality(alarm.source()).filter(IMPORTANT::contains).isPresent()) {
            return IncidentLevel.serious;
        }
        return IncidentLevel.ordinary;
    }
}
