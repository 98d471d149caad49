package vn.dcim.web.ui.agency;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Parameter;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.agency.Agencies;
import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedHoldings;
import vn.dcim.web.scope.ScopeAware;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;

import java.net.URI;

/**
 * An agency's own page for its people: what it owns, each device's current values (its power draw among them), its
 * open alarms and its work orders. Anyone else is sent to the register.
 */
@Hidden
@Controller("/ui")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OwnAgencyScreen {
    private final Agencies agencies;
    private final ScopedHoldings held;
    private final AgencyActivity activity;

    @HtmlScreen
    @ScopeAware
    @Get("/agency")
    public HttpResponse<ModelAndView<AgencyViews.OwnPage>> own(HttpRequest<?> request, @Parameter(hidden = true) Scope scope) {
        if (!scope.byAgency()) {
            return HttpResponse.seeOther(URI.create("/ui/agencies"));
        }
        long id = scope.agencyId();
        // a view of its own rather than @View: the redirect above must go out without rendering the page
        return HttpResponse.ok(new ModelAndView<>("agencies/own", new AgencyViews.OwnPage(Navigation.frame(request, "agency"),
                agencies.get(id), held.of(id, scope), activity.of(scope))));
    }
}
