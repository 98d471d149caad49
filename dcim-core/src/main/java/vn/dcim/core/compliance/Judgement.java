package vn.dcim.core.compliance;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * What a check found: the state, a sentence for the operator, and the records it decided on. The
 * sentence is English ({@code summary}) and, when the check gave one, a message key with arguments so
 * the screen tells it in the reader's language.
 */
public record Judgement(ComplianceState state, String summary, List<Evidence> evidence, @Nullable Said said) {

    public Judgement(ComplianceState state, String summary, List<Evidence> evidence) {
        this(state, summary, evidence, null);
    }

    public Judgement(ComplianceState state, Said said, List<Evidence> evidence) {
        this(state, said.english(), evidence, said);
    }

    public static Judgement compliant(Said said, Evidence... evidence) {
        return new Judgement(ComplianceState.compliant, said, List.of(evidence));
    }

    public static Judgement nonCompliant(Said said, Evidence... evidence) {
        return new Judgement(ComplianceState.non_compliant, said, List.of(evidence));
    }

    /** Nothing to judge by (no accounts, no tasks, no readings): never compliant on no data. */
    public static Judgement noData(Said said, Evidence... evidence) {
        return new Judgement(ComplianceState.not_enough_data, said, List.of(evidence));
    }

    public static Judgement of(boolean holds, Said said, List<Evidence> evidence) {
        return new Judgement(holds ? ComplianceState.compliant : ComplianceState.non_compliant, said, evidence);
    }

    public static Judgement of(boolean holds, Said said, Evidence... evidence) {
        return of(holds, said, List.of(evidence));
    }
}
