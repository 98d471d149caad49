package vn.dcim.core.compliance;

import java.util.List;

/** What a check found: the state, a sentence for the operator, and the records it decided on. */
public record Judgement(ComplianceState state, String summary, List<Evidence> evidence) {

    public static Judgement compliant(String summary, Evidence... evidence) {
        return new Judgement(ComplianceState.compliant, summary, List.of(evidence));
    }

    public static Judgement nonCompliant(String summary, Evidence... evidence) {
        return new Judgement(ComplianceState.non_compliant, summary, List.of(evidence));
    }

    /** Nothing to judge by (no accounts, no tasks, no readings): never compliant on no data. */
    public static Judgement noData(String summary, Evidence... evidence) {
        return new Judgement(ComplianceState.not_enough_data, summary, List.of(evidence));
    }

    public static Judgement of(boolean holds, String summary, List<Evidence> evidence) {
        return new Judgement(holds ? ComplianceState.compliant : ComplianceState.non_compliant, summary, evidence);
    }

    public static Judgement of(boolean holds, String summary, Evidence... evidence) {
        return of(holds, summary, List.of(evidence));
    }
}
