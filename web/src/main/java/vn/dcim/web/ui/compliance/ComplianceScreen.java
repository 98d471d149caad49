package vn.dcim.web.ui.compliance;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import vn.dcim.core.compliance.ComplianceTaskRepository;
import vn.dcim.core.compliance.ComplianceView;
import vn.dcim.web.ui.Navigation;

import java.util.Map;

/** The compliance view: what the regulation demands, article by article, and whether it holds. */
@Hidden
@Controller("/ui/compliance")
public class ComplianceScreen {
    private final ComplianceView view;
    private final ComplianceTaskRepository tasks;

    ComplianceScreen(ComplianceView view, ComplianceTaskRepository tasks) {
        this.view = view;
        this.tasks = tasks;
    }

    @View("compliance/view")
    @Get
    public Map<String, Object> show(HttpRequest<?> request) {
        return Map.of("statuses", view.now(), "tasks", tasks.findAllOrderByDueDateDesc(),
                "nav", Navigation.items(), "path", request.getPath(), "screen", "compliance");
    }
}
