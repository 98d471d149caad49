package vn.dcim.core.compliance;

import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The current compliance findings, apart from the alarms (issue 31): every requirement whose latest
 * judgement is non-compliant or overdue, or whose attestation runs out within 30 days (the reminder to
 * renew it), oldest first. A yearly task past its due date (Art. 24.4, 27.6, 32.2) is one through the
 * catalogue's yearly-task check of its requirement.
 */
@Singleton
public class ComplianceFindings {
    private final Catalogue catalogue;
    private final ComplianceStore store;

    ComplianceFindings(Catalogue catalogue, ComplianceStore store) {
        this.catalogue = catalogue;
        this.store = store;
    }

    public List<ComplianceFinding> current() {
        Map<String, ComplianceStore.Current> states = store.current();
        List<ComplianceFinding> out = new ArrayList<>();
        for (Requirement r : catalogue.all()) {
            ComplianceStore.Current c = states.get(r.id());
            if (c != null && isFinding(c.state(), c.summary())) {
                out.add(new ComplianceFinding(r.id(), r.article(), c.state(), c.since(), c.summary(), c.said()));
            }
        }
        out.sort(Comparator.comparing(ComplianceFinding::since).thenComparing(ComplianceFinding::id));
        return out;
    }

    /** Non-compliant, overdue, or attested with the attestation running out within the reminder window. */
    public static boolean isFinding(ComplianceState state, String summary) {
        return state.failing() || (state == ComplianceState.attested && summary.contains(ComplianceEvaluator.EXPIRES_SOON));
    }

    public int count() {
        return current().size();
    }
}
