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

    @HtmlScreen
    @View("operations/new-incident")
    @Get
    public Map<String, Object> screen(HttpRequest<?> request) {
        Map<String, Object> model = Navigation.page(request, "incidents");
        model.put("sites", locations.sites());
        model.put("levels", IncidentLevel.values());
        return model;
    }
}
