package vn.dcim.core.compliance;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The current compliance findings, apart from the alarms (issue 31): every requirement whose latest
 * judgement is non-compliant or overdue, or whose attestation runs out within 30 days (the reminder to
 * renew it), and every yearly task past its due date (Art. 24.4, 27.6, 32.2), oldest first.
 */
@Singleton
public class ComplianceFindings {
    /** The id of a yearly task's finding: "task.&lt;kind&gt;.&lt;year&gt;". */
    static final String TASK = "task.";

    private final Catalogue catalogue;
    private final ComplianceStore store;
    private final ComplianceTaskRepository tasks;
    private final Clock clock;

    ComplianceFindings(Catalogue catalogue, ComplianceStore store, ComplianceTaskRepository tasks, Clock clock) {
        this.catalogue = catalogue;
        this.store = store;
        this.tasks = tasks;
        this.clock = clock;
    }

    public List<ComplianceFinding> current() {
        return current(clock.instant().atZone(clock.getZone()).toLocalDate());
    }

    /** The findings as of {@code today} in the center's zone (the yearly tasks overdue by then). */
    public List<ComplianceFinding> current(LocalDate today) {
        Map<String, ComplianceStore.Current> states = store.current();
        List<ComplianceFinding> out = new ArrayList<>();
        for (Requirement r : catalogue.all()) {
            ComplianceStore.Current c = states.get(r.id());
            if (c != null && isFinding(c.state(), c.summary())) {
                out.add(new ComplianceFinding(r.id(), r.article(), c.state(), c.since(), c.summary(), c.said()));
            }
        }
        for (ComplianceTask t : tasks.findAllOrderByDueDateDesc()) {
            if (overdue(t, today)) {
                out.add(task(t, clock.getZone()));
            }
        }
        out.sort(Comparator.comparing(ComplianceFinding::since).thenComparing(ComplianceFinding::id));
        return out;
    }

    /** Non-compliant, overdue, or attested with the attestation running out within the reminder window. */
    static boolean isFinding(ComplianceState state, String summary) {
        return state.failing() || (state == ComplianceState.attested && summary.contains(ComplianceEvaluator.EXPIRES_SOON));
    }

    public int count() {
        return current().size();
    }

    static boolean overdue(ComplianceTask t, LocalDate today) {
        return !t.done() && today.isAfter(t.dueDate());
    }

    static ComplianceFinding task(ComplianceTask t, java.time.ZoneId zone) {
        Said said = Said.said("alarm.text.task.overdue", "{0} {1} is overdue since {2}", "enum.yearly-task." + t.kind(), t.period(),
                t.dueDate());
        return new ComplianceFinding(TASK + t.kind() + "." + t.period(), t.article(), ComplianceState.overdue,
                t.dueDate().plusDays(1).atStartOfDay(zone).toInstant(), said.english(), said);
    }
}
