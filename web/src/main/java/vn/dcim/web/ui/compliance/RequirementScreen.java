package vn.dcim.web.ui.compliance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.CookieValue;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.compliance.Attestations;
import vn.dcim.web.ui.centre.CentreChoice;
import vn.dcim.core.compliance.PolicyProfile;
import vn.dcim.core.compliance.PolicyProfiles;
import vn.dcim.core.compliance.Requirement;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;


/** One requirement's page: its words, state since when, evidence, history (each change naming its regulation) and attestations. */
@Hidden
@Controller("/ui/compliance")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RequirementScreen {
    private final RequirementStanding requirements;
    private final PolicyProfiles profiles;
    private final Attestations attestations;
    private final CentreChoice centres;

    /** One requirement as last judged (the compliance view and the duty keep it current): its words, state, evidence, history and attestations. */
    @HtmlScreen
    @View("compliance/requirement")
    @Get("/{id}{?centre}")
    public ComplianceViews.RequirementPage requirement(HttpRequest<?> request, @Nullable @CookieValue("lang") String lang,
                                                       @PathVariable String id, @Nullable @QueryValue("centre") String chosen) {
        Long centre = centres.chosen(chosen);
        RequirementStanding.Standing standing = requirements.of(id, centre);
        Requirement r = standing.requirement();
        return new ComplianceViews.RequirementPage(Navigation.frame(request, "compliance"), centres.choice(centre), r,
                standing.now(), r.text("en".equals(lang) ? "en" : "vi"), standing.history(),
                profiles.all().stream().collect(java.util.stream.Collectors.toMap(PolicyProfile::id, PolicyProfile::name)),
                attestations.of(id));
    }
}
