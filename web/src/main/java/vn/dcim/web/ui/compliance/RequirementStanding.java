package vn.dcim.web.ui.compliance;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.compliance.Catalogue;
import vn.dcim.core.compliance.CentreProfiles;
import vn.dcim.core.compliance.ComplianceEvaluator;
import vn.dcim.core.compliance.ComplianceStore;
import vn.dcim.core.compliance.Requirement;
import vn.dcim.core.compliance.StateChange;
import vn.dcim.core.error.NotFoundException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads one requirement as last judged, for the installation or for one centre: judged now when it never was (the
 * compliance view and the duty keep it current otherwise), with its history newest first.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RequirementStanding {
    private final Catalogue catalogue;
    private final ComplianceStore store;
    private final ComplianceEvaluator evaluator;
    private final CentreProfiles centreProfiles;

    /** A requirement, its current state and its changes of state. */
    record Standing(Requirement requirement, ComplianceStore.Current now, List<StateChange> history) {
    }

    Standing of(String id, @Nullable Long centre) {
        Requirement r = catalogue.find(id).orElseThrow(() -> new NotFoundException("requirement", id));
        long of = centre == null ? ComplianceStore.INSTALLATION : centre;
        if (store.current(of, id).isEmpty()) {
            if (centre == null) {
                evaluator.evaluate("vi");
            } else {
                centreProfiles.evaluate(centre, "vi");
            }
        }
        ComplianceStore.Current now = store.current(of, id).orElseThrow(() -> new NotFoundException("requirement state", id));
        // a centre's history spans its switches of regulation: each change names the profile that judged it
        List<StateChange> history = new ArrayList<>(store.history(of, id));
        Collections.reverse(history);
        return new Standing(r, now, history);
    }
}
