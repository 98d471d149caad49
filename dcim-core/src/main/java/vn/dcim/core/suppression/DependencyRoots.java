package vn.dcim.core.suppression;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.alarm.ActiveRoots;
import vn.dcim.core.alarm.SymptomRoots;
import vn.dcim.core.device.DeviceStandings;
import vn.dcim.core.power.PowerNodeKind;
import vn.dcim.core.power.PowerNodeRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Art. 30.8g: the dependency graph (power chain and "reached through" links) tells whose alarm a
 * device's alarm is a symptom of: the nearest parent with an active alarm that explains it
 * ({@link SymptomRules}), or the device's own alarm that it dropped out; the root is that alarm's own root
 * when it is a symptom itself.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DependencyRoots implements SymptomRoots {
    private final SymptomRules rules;
    private final DeviceScope scope;
    private final ActiveRoots active;
    private final DeviceStandings devices;
    private final PowerNodeRepository powerNodes;

    @Override
    public Optional<Long> rootOf(String deviceId, String ruleId, String instance, Instant at) {
        if (!rules.mayBeSymptom(ruleId)) {
            return Optional.empty();
        }
        // the device's own drop first (a camera offline explains its video loss): an alarm is never its own root
        Set<String> bySelf = new java.util.HashSet<>(rules.explaining(ruleId, SymptomRules.Through.self));
        bySelf.remove(ruleId);
        Optional<Long> own = activeAlarm(deviceId, bySelf, instance);
        if (own.isPresent()) {
            return own;
        }
        // then the site's own alarm (grid lost holds the UPSs on battery, the ATS without its source)
        Optional<Long> site = activeOnTheSite(deviceId, rules.explaining(ruleId, SymptomRules.Through.site));
        if (site.isPresent()) {
            return site;
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

    @Override
    public Set<String> explainedOnTheDevice(String ruleId) {
        return rules.explainedOnTheDevice(ruleId);
    }

    @Override
    public Set<String> explainedOnTheSite(String ruleId) {
        return rules.explainedOnTheSite(ruleId);
    }

    @Override
    public boolean awaitsItsCause(String deviceId, String ruleId) {
        if (!rules.awaitingTheirCause().contains(ruleId)) {
            return false;
        }
        if (rules.childrenOf(SymptomRules.Through.self).contains(ruleId)) {
            return true;
        }
        // only the site's grid lost explains it: worth waiting for only where the power chain has a feed to tell it
        return siteOf(deviceId).map(site -> powerNodes.existsBySiteIdAndKind(site, PowerNodeKind.feed)).orElse(false);
    }

    @Override
    public Set<String> explainedByTheirOwnDrop() {
        return rules.childrenOf(SymptomRules.Through.self);
    }

    /** The active alarm of one of these rules raised for the device's site (its source is the site). */
    private Optional<Long> activeOnTheSite(String device, Set<String> ruleIds) {
        return ruleIds.isEmpty() ? Optional.empty() : siteOf(device).flatMap(site -> active.of(site, ruleIds, null));
    }

    private Optional<String> siteOf(String device) {
        return devices.siteOf(device);
    }

    private Optional<Long> activeAlarm(String device, Set<String> ruleIds) {
        return activeAlarm(device, ruleIds, null);
    }

    /** With an instance: only the device's alarm of the whole device ("0") or of that instance explains it. */
    private Optional<Long> activeAlarm(String device, Set<String> ruleIds, String instance) {
        return active.of(device, ruleIds, instance);
    }
}
