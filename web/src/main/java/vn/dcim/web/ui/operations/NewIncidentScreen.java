package vn.dcim.web.ui.operations;

import java.util.List;
import vn.dcim.core.site.Site;
import vn.dcim.web.ui.ScreenView;
import io.micronaut.core.annotation.Introspected;
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


/** Opening an incident by hand (Art. 13), e.g. for a fault no sensor sees; through POST /api/incidents. */
@Hidden
@Controller("/ui/incidents/new")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class NewIncidentScreen {
    private final LocationRegistry locations;
    private final ScopedEquipment scoped;

    /** The form that opens an incident: the sites it may be at and its levels. */
    @Introspected
    record Page(Navigation.Frame frame, List<Site> sites, IncidentLevel[] levels) implements ScreenView {
    }
    @HtmlScreen
    // an agency's account opens an incident on its own alarms (the API), never for a site it does not see whole
    @ScopeAware(agencies = false)
    @View("operations/new-incident")
    @Get
    public Page screen(HttpRequest<?> request, @Parameter(hidden = true) Scope scope) {
        // a limited account opens incidents at its own sites only (the API refuses any other)
        return new Page(Navigation.frame(request, "incidents"),
                locations.sites().stream().filter(s -> !scope.limited() || scoped.site(scope, s.id())).toList(), IncidentLevel.values());
    }
}
