package vn.dcim.web.ui.operations;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.site.LocationRegistry;
import vn.dcim.core.incident.IncidentLevel;
import io.swagger.v3.oas.annotations.Parameter;
import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.web.scope.ScopeAware;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;

import java.util.Map;

/** Opening an incident by hand (Art. 13), e.g. for a fault no sensor sees; through POST /api/incidents. */
@Hidden
@Controller("/ui/incidents/new")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class NewIncidentScreen {
    private final LocationRegistry locations;
    private final ScopedEquipment scoped;

    @HtmlScreen
    // an agency's account opens an incident on its own alarms (the API), never for a site it does not see whole
    @ScopeAware(agencies = false)
    @View("operations/new-incident")
    @Get
    public Map<String, Object> screen(HttpRequest<?> request, @Parameter(hidden = true) Scope scope) {
        Map<String, Object> model = Navigation.page(request, "incidents");
        // a limited account opens incidents at its own sites only (the API refuses any other)
        model.put("sites", locations.sites().stream().filter(s -> !scope.limited() || scoped.site(scope, s.id())).toList());
        model.put("levels", IncidentLevel.values());
        return model;
    }
}
