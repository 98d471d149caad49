package vn.dcim.web.ui.compliance;

import io.micronaut.core.annotation.Introspected;
import vn.dcim.core.compliance.Attestation;
import vn.dcim.core.compliance.CentreProfiles;
import vn.dcim.core.compliance.ComplianceRow;
import vn.dcim.core.compliance.ComplianceState;
import vn.dcim.core.compliance.ComplianceStore;
import vn.dcim.core.compliance.ComplianceTask;
import vn.dcim.core.compliance.PolicyProfile;
import vn.dcim.core.compliance.Requirement;
import vn.dcim.core.compliance.StateChange;
import vn.dcim.web.ui.Navigation;
import vn.dcim.web.ui.ScreenView;
import vn.dcim.web.ui.centre.CentreChoice;

import java.util.List;
import java.util.Map;

/** What the compliance screens show: one record per screen, read by its template under the components' names. */
final class ComplianceViews {
    private ComplianceViews() {
    }

    /**
     * The compliance view: the rows the filter keeps ({@code placed} of {@code all}, the count of each state among
     * them), the yearly tasks, the profile judging, the centres side by side (the province's view) and the
     * requirements a person may attest.
     */
    @Introspected
    record Overview(Navigation.Frame frame, CentreChoice.Choice centreChoice, List<ComplianceRow> rows, int all, int placed,
                    Map<ComplianceState, Long> counts, long findings, ComplianceState[] states, ComplianceFilter filter,
                    List<ComplianceTask> tasks, PolicyProfile profile, List<CentreProfiles.Judged> centreJudgements,
                    boolean canAttest, List<ComplianceRow> attestable) implements ScreenView {
    }

    /** One requirement as last judged: its words, state, evidence, history (newest first) and attestations. */
    @Introspected
    record RequirementPage(Navigation.Frame frame, CentreChoice.Choice centreChoice, Requirement r,
                           ComplianceStore.Current now, String text, List<StateChange> history,
                           Map<String, String> profileNames, List<Attestation> attestations) implements ScreenView {
    }
}
