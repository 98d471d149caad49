package vn.dcim.core.incident;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Rules whose alarms on one site, close in time, are one incident; some combinations halt the center. */
record IncidentChain(String id, String title, Duration window, Set<String> rules, List<Set<String>> especiallySeriousWhen) {

    boolean contains(String ruleId) {
        return rules.contains(ruleId);
    }

    /** Art. 13.2c: the alarms seen so far include a combination that stops the center. */
    boolean haltsTheCenter(Collection<String> ruleIds) {
        return especiallySeriousWhen.stream().anyMatch(ruleIds::containsAll);
    }
}
