package vn.dcim.web.ui.compliance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.CookieValue;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.compliance.ComplianceEvaluator;
import vn.dcim.core.compliance.ComplianceRow;
import vn.dcim.core.compliance.ComplianceFindings;
import vn.dcim.core.compliance.ComplianceState;
import vn.dcim.core.compliance.CentreProfiles;
import vn.dcim.web.ui.centre.CentreChoice;
import vn.dcim.core.compliance.YearlyTasks;
import vn.dcim.core.compliance.PolicyProfiles;
import vn.dcim.core.compliance.Requirement;
import vn.dcim.web.security.AccessRules;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compliance view: every requirement of the binding texts, its state since when, and its evidence one
 * click away, filtered by state, article and source text with the count of each state (one requirement's page is
 * {@link RequirementScreen}). The attestation form is shown only to those who may submit it:
 * an auditor reads (Art. 16.1, least privilege).
 */
@Hidden
@Controller("/ui/compliance")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ComplianceScreen {
    private final ComplianceEvaluator evaluator;
    private final YearlyTasks tasks;
    private final PolicyProfiles profiles;
    private final AccessRules rules;
    private final CentreProfiles centreProfiles;
    private final CentreChoice centres;

    @HtmlScreen
    @View("compliance/view")
    @Get("{?state,article,source,centre}")
    public ComplianceViews.Overview show(HttpRequest<?> request, @Nullable @CookieValue("lang") String lang,
                                         @Nullable @QueryValue String state, @Nullable @QueryValue String article,
                                         @Nullable @QueryValue String source, @Nullable @QueryValue("centre") String chosen) {
        ComplianceFilter filter = ComplianceFilter.of(state, article, source);
        Long centre = centres.chosen(chosen);
        String language = "en".equals(lang) ? "en" : "vi";
        // a centre is judged by the regulation it follows; the whole province by the installation's profile
        // one round for the page: the province and its centres read what they share once
        ComplianceEvaluator.Round round = centre == null ? evaluator.round() : null;
        List<ComplianceRow> all = centre == null ? evaluator.evaluate(round, language) : centreProfiles.evaluate(centre, language);
        List<ComplianceRow> shownRows = all.stream().filter(filter::placed).toList();
        Map<ComplianceState, Long> counts = new LinkedHashMap<>();
        for (ComplianceState s : ComplianceState.values()) {
            counts.put(s, shownRows.stream().filter(r -> r.state() == s).count());
        }
        return new ComplianceViews.Overview(Navigation.frame(request, "compliance"), centres.choice(centre),
                shownRows.stream().filter(filter::inState).toList(), all.size(), shownRows.size(), counts,
                shownRows.stream().filter(r -> ComplianceFindings.isFinding(r.state(), r.summary())).count(),
                ComplianceState.values(), filter, tasks.all(),
                centre == null ? profiles.selected() : centreProfiles.profileOf(centre),
                // the province sees its centres side by side, each judged over its own sites by the regulation it follows
                centre == null ? centreProfiles.evaluateAll(round, language) : List.of(),
                canAttest(request), all.stream().filter(r -> r.kind() != Requirement.Kind.automatic).toList());
    }

    private boolean canAttest(HttpRequest<?> request) {
        return rules.mayChange(request, "Compliance");
    }
}
