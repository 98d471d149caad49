package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Paged;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The current compliance findings, apart from the alarms: every requirement whose latest
 * judgement is non-compliant or overdue, or whose attestation runs out within 30 days (the reminder to
 * renew it), oldest first. A yearly task past its due date (Art. 24.4, 27.6, 32.2) is one through the
 * catalogue's yearly-task check of its requirement.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ComplianceFindings {
    private final Catalogue catalogue;
    private final ComplianceStore store;

    public List<ComplianceFinding> current() {
        return current(ComplianceStore.INSTALLATION);
    }

    /** A centre's current findings as last judged over its own sites by its own regulation, apart from the other centres'. */
    public List<ComplianceFinding> current(long centre) {
        Map<String, ComplianceStore.Current> states = store.current(centre);
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

    /**
     * One page of {@link #current()}, read from the database a page at a time: the requirements of the
     * catalogue whose state is a finding, the SQL form of {@link #isFinding}.
     */
    public Paged<ComplianceFinding> current(int limit, int offset) {
        List<Requirement> requirements = catalogue.all();
        if (requirements.isEmpty()) {
            return new Paged<>(0, List.of());
        }
        Map<String, Requirement> byId = new HashMap<>();
        requirements.forEach(r -> byId.put(r.id(), r));
        List<String> failing = Arrays.stream(ComplianceState.values()).filter(ComplianceState::failing).map(Enum::name).toList();
        Paged<Map.Entry<String, ComplianceStore.Current>> page = store.findings(byId.keySet(), failing, ComplianceEvaluator.EXPIRES_SOON, limit, offset);
        return new Paged<>(page.count(), page.items().stream().map(e -> {
            Requirement r = byId.get(e.getKey());
            ComplianceStore.Current c = e.getValue();
            return new ComplianceFinding(r.id(), r.article(), c.state(), c.since(), c.summary(), c.said());
        }).toList());
    }

    /** Non-compliant, overdue, or attested with the attestation running out within the reminder window. */
    public static boolean isFinding(ComplianceState state, String summary) {
        return state.failing() || (state == ComplianceState.attested && summary.contains(ComplianceEvaluator.EXPIRES_SOON));
    }

    public int count() {
        return current().size();
    }
}
