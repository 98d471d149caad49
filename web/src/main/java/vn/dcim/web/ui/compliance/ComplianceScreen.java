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
import vn.dcim.core.compliance.Catalogue;
import vn.dcim.core.compliance.ComplianceEvaluator;
import vn.dcim.core.compliance.ComplianceRow;
import vn.dcim.core.compliance.ComplianceFindings;
import vn.dcim.core.compliance.ComplianceState;
import vn.dcim.core.compliance.ComplianceStore;
import vn.dcim.core.compliance.CentreProfiles;
import vn.dcim.web.ui.centre.CentreChoice;
import vn.dcim.core.compliance.YearlyTasks;
import vn.dcim.core.compliance.PolicyProfile;
import vn.dcim.core.compliance.PolicyProfiles;
import vn.dcim.core.compliance.Requirement;
import vn.dcim.core.compliance.StateChange;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.web.security.AccessRules;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compliance view: every requirement of the binding texts, its state since when, and its evidence one
 * click away, filtered by state, article and source text with the count of each state; and one requirement's
 * page (its text, history and attestations). The attestation form is shown only to those who may submit it:
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
    private final Catalogue catalogue;
    private final ComplianceStore store;
    private final Attestations attestations;
    private final AccessRules rules;
    private final CentreProfiles centreProfiles;
    private final CentreChoice centres;

    @HtmlScreen
    @View("compliance/view")
    @Get("{?state,article,source,centre}")
    public Map<String, Object> show(HttpRequest<?> request, @Nullable @CookieValue("lang") String lang,
                                    @Nullable @QueryValue String state, @Nullable @QueryValue String article,
                                    @Nullable @QueryValue String source, @Nullable @QueryValue("centre") String chosen) {
        ComplianceFilter filter = ComplianceFilter.of(state, article, source);
        Long centre = centres.chosen(chosen);
        String language = "en".equals(lang) ? "en" : "vi";
        // a centre is judged by the regulation it follows; the whole province by the installation's profile
        List<ComplianceRow> all = centre == null ? evaluator.evaluate(language) : centreProfiles.evaluate(centre, language);
        List<ComplianceRow> shownRows = all.stream().filter(filter::placed).toList();
        Map<ComplianceState, Long> counts = new LinkedHashMap<>();
        for (ComplianceState s : ComplianceState.values()) {
            counts.put(s, shownRows.stream().filter(r -> r.state() == s).count());
        }
        Map<String, Object> model = Navigation.page(request, "compliance");
        model.putAll(centres.model(centre));
        model.put("rows", shownRows.stream().filter(filter::inState).toList());
        model.put("all", all.size());
        model.put("placed", shownRows.size());
        model.put("counts", counts);
        model.put("findings", shownRows.stream().filter(r -> ComplianceFindings.isFinding(r.state(), r.summary())).count());
        model.put("states", ComplianceState.values());
        model.put("filter", filter);
        model.put("tasks", tasks.all());
        model.put("profile", centre == null ? profiles.selected() : centreProfiles.profileOf(centre));
        // the province sees its centres side by side, each judged over its own sites by the regulation it follows
        model.put("centreJudgements", centre == null ? centreProfiles.evaluateAll(language) : List.of());
        model.put("canAttest", canAttest(request));
        model.put("attestable", all.stream().filter(r -> r.kind() != Requirement.Kind.automatic).toList());
        return model;
    }

    /** One requirement as last judged (the compliance view and the duty keep it current): its words, state, evidence, history and attestations. */
    @HtmlScreen
    @View("compliance/requirement")
    @Get("/{id}{?centre}")
    public Map<String, Object> requirement(HttpRequest<?> request, @Nullable @CookieValue("lang") String lang, @PathVariable String id,
                                           @Nullable @QueryValue("centre") String chosen) {
        Requirement r = catalogue.find(id).orElseThrow(() -> new NotFoundException("requirement", id));
        Long centre = centres.chosen(chosen);
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
        Map<String, Object> model = Navigation.page(request, "compliance");
        model.putAll(centres.model(centre));
        model.put("r", r);
        model.put("now", now);
        model.put("text", r.text("en".equals(lang) ? "en" : "vi"));
        model.put("history", history);
        model.put("profileNames", profiles.all().stream().collect(java.util.stream.Collectors.toMap(PolicyProfile::id, PolicyProfile::name)));
        model.put("attestations", attestations.of(id));
        return model;
    }

    private boolean canAttest(HttpRequest<?> request) {
        return rules.mayChange(request, "Compliance");
    }
}
