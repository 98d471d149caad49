package vn.dcim.core.incident;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Rules whose alarms on one site, close in time and related by cause ({@code relation}: the power chain
 * or the room), are one incident; some combinations halt the center. {@code consequences} are rules
 * that never open the chain's incident but join it when their device lost power through it
 * (device-unreachable behind a UPS that went down).
 */
record IncidentChain(String id, String title, Duration window, Set<String> rules, List<Set<String>> especiallySeriousWhen,
                     Relation relation, Set<String> consequences) {

    /** How an alarm's device must be related to an incident's devices to join it. */
    enum Relation { power, room }

    boolean contains(String ruleId) {
        return rules.contains(ruleId);
    }

    boolean hasConsequence(String ruleId) {
        return consequences.contains(ruleId);
    }

    /** Art. 13.2c: the alarms seen so far include a combination that stops the center. */
    boolean haltsTheCenter(Collection<String> ruleIds) {
        return especiallySeriousWhen.stream().anyMatch(ruleIds::containsAll);
    }
}
