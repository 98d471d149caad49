package vn.dcim.web.api.compliance;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.compliance.Requirement;
import vn.dcim.core.error.NotFoundException;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import vn.dcim.core.compliance.Catalogue;
import vn.dcim.core.compliance.ComplianceEvaluator;
import vn.dcim.core.compliance.ComplianceRow;
import vn.dcim.core.compliance.ComplianceStore;
import vn.dcim.core.compliance.CentreProfiles;
import vn.dcim.core.compliance.StateChange;

import java.util.List;

/**
 * The regulation article by article: state, since when, and the records that decide it; the history of each row.
 * Attestations, the auditor's report, the policy profiles and a centre's profile have their own controllers.
 */
@Tag(name = "Compliance")
@Controller("/api/compliance")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ComplianceController {
    /** A requirement's id: R-, its text's seed (003, 000, a law's L91, a province's profile), -, its article. */
    static final String ID = "R-[0-9A-Za-z]{1,10}-[0-9A-Za-z.-]{1,30}";
    private final ComplianceEvaluator evaluator;
    private final ComplianceStore store;
    private final Catalogue catalogue;
    private final CentreProfiles centres;

    @Operation(summary = "Every requirement judged now: id, article, kind, state, since, evidence links; for the whole installation "
            + "by its profile (DCIM_COMPLIANCE_PROFILE), or with centre= for one centre by the regulation it follows")
    @Get("{?lang,centre}")
    public List<ComplianceRow> now(@Nullable @QueryValue @Pattern(regexp = "vi|en") String lang, @Nullable @QueryValue Long centre) {
        String language = lang == null ? "vi" : lang;
        return centre == null ? evaluator.evaluate(language) : centres.evaluate(centre, language);
    }

    @Operation(summary = "The changes of state of one requirement, oldest first, each with the profile that judged it; "
            + "with centre= one centre's, across its switches of profile")
    @Get("/{id}/history{?centre}")
    public List<StateChange> history(@PathVariable @Pattern(regexp = ID) String id, @Nullable @QueryValue Long centre) {
        known(id);
        return centre == null ? store.history(id) : centres.history(centre, id);
    }

    private Requirement known(String id) {
        return catalogue.find(id).orElseThrow(() -> new NotFoundException("requirement", id));
    }
}
