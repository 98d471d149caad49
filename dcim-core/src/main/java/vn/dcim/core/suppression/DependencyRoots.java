package vn.dcim.core.suppression;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.alarm.SymptomRoots;
import vn.dcim.core.db.Jdbc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Issue 35, Art. 30.8g: the dependency graph (power chain and "reached through" links) tells whose alarm a
 * device's alarm is a symptom of: the nearest parent with an active alarm that explains it
 * ({@link SymptomRules}); the root is that alarm's own root when it is a symptom itself.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DependencyRoots implements SymptomRoots {
    private static final String ACTIVE = "SELECT COALESCE(root_alarm_id, id) FROM alarm WHERE source = ? AND cleared_at IS NULL "
            + "AND rule_id IN (%s) ORDER BY raised_at, id LIMIT 1";

    private final SymptomRules rules;
    private final DeviceScope scope;
    private final Jdbc jdbc;

    @Override
    public Optional<Long> rootOf(String deviceId, String ruleId, Instant at) {
        if (!rules.mayBeSymptom(ruleId)) {
            return Optional.empty();
        }
        Set<String> byPower = rules.explaining(ruleId, SymptomRules.Through.power);
        Set<String> byReach = rules.explaining(ruleId, SymptomRules.Through.reached);
        List<String> reached = scope.reachedThrough(deviceId);
        for (String parent : scope.parentsOf(deviceId)) {
            Set<String> explaining = new java.util.HashSet<>();
            if (reached.contains(parent)) {
                explaining.addAll(byReach);
            } else {
                explaining.addAll(byPower);
            }
            Optional<Long> root = activeAlarm(parent, explaining);
            if (root.isPresent()) {
                return root;
            }
        }
        return Optional.empty();
    }

    private Optional<Long> activeAlarm(String device, Set<String> ruleIds) {
        if (ruleIds.isEmpty()) {
            return Optional.empty();
        }
        String marks = String.join(",", java.util.Collections.nCopies(ruleIds.size(), "?"));
        Object[] params = new Object[ruleIds.size() + 1];
        params[0] = device;
        int i = 1;
        for (String r : ruleIds) {
            params[i++] = r;
        }
        return jdbc.list("read the active alarms of " + device, String.format(ACTIVE, marks), rs -> rs.getLong(1), params).stream().findFirst();
    }
}
