package vn.dcim.web.ui.compliance;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.CookieValue;
import io.micronaut.http.annotation.Get;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import vn.dcim.core.compliance.ComplianceEvaluator;
import vn.dcim.core.compliance.ComplianceTaskRepository;
import vn.dcim.core.compliance.PolicyProfiles;
import vn.dcim.web.ui.Navigation;

import java.util.Map;

/** The compliance view: every requirement of the binding texts, its state since when, and its evidence one click away. */
@Hidden
@Controller("/ui/compliance")
public class ComplianceScreen {
    private final ComplianceEvaluator evaluator;
    private final ComplianceTaskRepository tasks;
    private final PolicyProfiles profiles;

    ComplianceScreen(ComplianceEvaluator evaluator, ComplianceTaskRepository tasks, PolicyProfiles profiles) {
        this.evaluator = evaluator;
        this.tasks = tasks;
        this.profiles = profiles;
    }

    @View("compliance/view")
    @Get
    public Map<String, Object> show(HttpRequest<?> request, @Nullable @CookieValue("lang") String lang) {
        return Map.of("rows", evaluator.evaluate("en".equals(lang) ? "en" : "vi"), "tasks", tasks.findAllOrderByDueDateDesc(),
                "profile", profiles.selected(), "nav", Navigation.items(), "path", request.getPath(), "screen", "compliance");
    }
}
