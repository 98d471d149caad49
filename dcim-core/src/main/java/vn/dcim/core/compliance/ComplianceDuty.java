package vn.dcim.core.compliance;

import vn.dcim.core.text.Phrase;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.schedule.DutyOutcome;
import vn.dcim.core.schedule.DutyPlan;
import vn.dcim.core.schedule.RegulationDuty;

import java.time.Instant;
import java.util.List;

/** Re-judges the whole catalogue periodically, so that states, history and alarms follow the data without anyone looking. */
@DutyPlan(id = "compliance-evaluation", cron = "0 */15 * * * ?",
        description = "Every article of QĐ 11/2023 and QĐ 22/2021 (e.g. Art. 6.4, 16.3, 25.3): every requirement re-judged, state changes recorded, non-compliant rows raise alarms")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ComplianceDuty extends RegulationDuty {
    private final ComplianceEvaluator evaluator;
    private final CentreProfiles centres;

    @Override
    public DutyOutcome run(Instant now) {
        ComplianceEvaluator.Round round = evaluator.round();
        List<ComplianceRow> rows = evaluator.evaluate(round, "vi");
        long failing = rows.stream().filter(r -> r.state().failing()).count();
        // each centre is judged too, over its own sites by its own regulation, so its findings are as current as the province's
        long centresFailing = centres.evaluateAll(round, "vi").stream().mapToLong(c -> c.rows().stream().filter(r -> r.state().failing()).count()).sum();
        String counts = rows.size() + " requirement(s): " + rows.stream().collect(java.util.stream.Collectors.groupingBy(
                r -> r.state().name(), java.util.TreeMap::new, java.util.stream.Collectors.counting()));
        Phrase told = Phrase.of("duty.outcome.compliance", "{0} requirement(s), {1} failing: {2}", rows.size(), failing, counts);
        return failing == 0 && centresFailing == 0 ? DutyOutcome.ok(told) : DutyOutcome.warning(told);
    }
}
