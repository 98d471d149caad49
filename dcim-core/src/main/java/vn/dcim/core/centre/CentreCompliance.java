package vn.dcim.core.centre;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.compliance.Catalogue;
import vn.dcim.core.compliance.ComplianceEvaluator;
import vn.dcim.core.compliance.ComplianceRow;
import vn.dcim.core.compliance.ComplianceStore;
import vn.dcim.core.compliance.PolicyProfiles;
import vn.dcim.core.compliance.StateChange;
import vn.dcim.core.error.NotFoundException;

import java.util.List;

/** A centre's compliance view: every requirement judged by the profile the centre follows, with its history. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CentreCompliance {
    private final Centres centres;
    private final PolicyProfiles profiles;
    private final ComplianceEvaluator evaluator;
    private final ComplianceStore store;
    private final Catalogue catalogue;

    public List<ComplianceRow> evaluate(long centreId, String lang) {
        Centre c = centres.get(centreId);
        return evaluator.evaluate(c.id(), profiles.get(c.profileId()), lang);
    }

    /** Every change of a requirement at this centre, across its switches of profile, each naming the profile that judged it. */
    public List<StateChange> history(long centreId, String requirementId) {
        Centre c = centres.get(centreId);
        catalogue.find(requirementId).orElseThrow(() -> new NotFoundException("requirement", requirementId));
        return store.history(c.id(), requirementId);
    }
}
