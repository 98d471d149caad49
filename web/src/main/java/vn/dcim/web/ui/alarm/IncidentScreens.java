package vn.dcim.web.ui.alarm;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Parameter;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.incident.Incident;
import vn.dcim.core.incident.IncidentStatus;
import vn.dcim.core.incident.Incidents;
import vn.dcim.core.incident.IncidentsWithin;
import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.web.api.error.NoRoute;
import vn.dcim.web.api.incident.IncidentDetails;
import vn.dcim.web.api.shift.HandoverLines;
import vn.dcim.web.i18n.ShownModel;
import vn.dcim.web.scope.ScopeAware;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;

import java.util.List;

/** The incident tickets, an incident's page and its printable report (Art. 13.3c, 13.2c). */
@Hidden
@Controller("/ui")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class IncidentScreens {
    private final Incidents incidents;
    private final IncidentsWithin incidentsWithin;
    private final IncidentDetails details;
    private final HandoverLines lines;
    private final ShownModel shown;
    private final ScopedEquipment scoped;

    @HtmlScreen
    @ScopeAware
    @View("alarms/incidents")
    @Get("/incidents")
    public AlarmViews.Incidents incidents(HttpRequest<?> request, @Parameter(hidden = true) Scope scope,
                                          @Nullable @QueryValue String status) {
        IncidentStatus wanted = status == null || status.isBlank() ? null : IncidentStatus.valueOf(status);
        String lang = shown.of(request).lang();
        // a limited account's incidents are cut in SQL (IncidentsWithin), the same as the API's
        List<Incident> found = scope.limited()
                ? incidentsWithin.list(wanted, scope.siteIds(), scoped.deviceIdsOf(scope), 200, 0).items()
                : incidents.list(wanted, 200, 0).getContent();
        // an agency's account opens an incident on its own alarms through the API, not on the form for a site
        return new AlarmViews.Incidents(Navigation.frame(request, "incidents"), details.listed(found, scope, lang),
                scope.byAgency(), status == null ? "" : status, IncidentStatus.values());
    }

    /**
     * A limited account is shown also an incident that touched more than its scope: its part, without the centre's
     * actions; it may note it (an agency in its own name), print its part and, at its sites, acknowledge its alarms.
     */
    @HtmlScreen
    @ScopeAware(id = ScopeAware.Id.incident_part)
    @Get("/incidents/{id}")
    public HttpResponse<ModelAndView<AlarmViews.Incident>> incident(HttpRequest<?> request, @Parameter(hidden = true) Scope scope,
                                                                    @PathVariable long id) {
        return incidents.find(id).map(i -> HttpResponse.ok(new ModelAndView<>("alarms/incident", new AlarmViews.Incident(
                Navigation.frame(request, "incidents"), details.of(i, request, scope), scope.byAgency()))))
                .orElseThrow(() -> NoRoute.at(request));
    }

    /** A self-contained page to print or save as PDF: the report to the management body or the quick report to the UBND. */
    @HtmlScreen
    @ScopeAware(id = ScopeAware.Id.incident)
    @Get("/incidents/{id}/report")
    public HttpResponse<ModelAndView<AlarmViews.Report>> report(HttpRequest<?> request, @PathVariable long id) {
        // equipment, people and the site by their names, as the PDF of the same report
        return incidents.find(id).map(i -> HttpResponse.ok(new ModelAndView<>("alarms/report", new AlarmViews.Report(
                details.of(i, request), details, lines.of(shown.of(request))))))
                .orElseThrow(() -> NoRoute.at(request));
    }
}
