package vn.dcim.web.ui.alarm;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.notification.escalation.AlarmStep;
import vn.dcim.core.notification.escalation.AlarmSteps;
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
import vn.dcim.core.alarm.AlarmFilter;
import vn.dcim.core.alarm.AlarmRules;
import vn.dcim.core.alarm.Alarms;
import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.web.scope.ScopeAware;
import io.swagger.v3.oas.annotations.Parameter;
import vn.dcim.core.incident.IncidentStatus;
import vn.dcim.core.incident.Incidents;
import vn.dcim.web.api.alarm.AlarmWords;
import vn.dcim.web.api.dashboard.GridBanners;
import vn.dcim.web.i18n.ShownModel;
import vn.dcim.web.api.incident.IncidentDetails;
import vn.dcim.web.i18n.Texts;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;

import java.util.Map;

/**
 * The operator's alarm console (live, most severe first, one-click acknowledge, Art. 30.8a), the
 * alarm rules, the incident tickets and an incident's printable report (Art. 13.3c, 13.2c).
 */
@Hidden
@Controller("/ui")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AlarmScreens {
    private final Alarms alarms;
    private final AlarmRules rules;
    private final Incidents incidents;
    private final IncidentDetails details;
    private final AlarmWords words;
    private final Texts texts;
    private final GridBanners banners;
    private final ShownModel shown;
    private final AlarmSteps steps;
    private final vn.dcim.web.api.shift.HandoverLines lines;
    private final vn.dcim.web.ui.centre.CentreChoice centres;
    private final ScopedEquipment scoped;
    private final vn.dcim.core.incident.IncidentsWithin incidentsWithin;

    @HtmlScreen
    @ScopeAware
    @View("alarms/console")
    @Get("/alarms{?centre}")
    public Map<String, Object> console(HttpRequest<?> request, @Parameter(hidden = true) Scope scope,
                                       @Nullable @QueryValue("centre") String chosen) {
        Map<String, Object> model = Navigation.page(request, "alarms");
        Long centre = centres.chosen(chosen);
        model.putAll(centres.model(centre));
        java.util.List<vn.dcim.core.alarm.AlarmView> shownAlarms = active(request, centre, scope);
        model.put("alarms", shownAlarms);
        model.put("symptoms", symptoms(shownAlarms, request, scope));
        model.put("notices", notices(shownAlarms));
        model.put("banners", bannersFor(request, scope));
        return model;
    }

    /**
     * The grid-lost banner of the dashboard, over the console while the outage lasts, with the demo's
     * outage schedule (Art. 30.8a): re-read by the console's script with its rows.
     */
    @HtmlScreen
    @ScopeAware
    @View("alarms/console-banners")
    @Get("/alarms/banners")
    public Map<String, Object> banners(HttpRequest<?> request, @Parameter(hidden = true) Scope scope) {
        return Map.of("banners", bannersFor(request, scope));
    }

    /** The console's rows alone, re-read by its script on every change: rendered as the page's are. */
    @HtmlScreen
    @ScopeAware
    @View("alarms/console-rows")
    @Get("/alarms/rows{?centre}")
    public Map<String, Object> rows(HttpRequest<?> request, @Parameter(hidden = true) Scope scope,
                                    @Nullable @QueryValue("centre") String chosen) {
        java.util.List<vn.dcim.core.alarm.AlarmView> shownAlarms = active(request, centres.chosen(chosen), scope);
        return Map.of("alarms", shownAlarms, "symptoms", symptoms(shownAlarms, request, scope), "notices", notices(shownAlarms));
    }

    /** A site's grid-lost banner, for those who may see the site; an agency's account is shown its equipment, not a site's. */
    private java.util.List<GridBanners.Banner> bannersFor(HttpRequest<?> request, Scope scope) {
        return banners.of(shown.of(request)).stream().filter(b -> !scope.byAgency() && scope.admitsSite(b.siteId())).toList();
    }

    /** Who was told of each alarm, escalations and acknowledgements from a message, under the alarm. */
    private Map<Long, java.util.List<AlarmStep>> notices(java.util.List<vn.dcim.core.alarm.AlarmView> shownAlarms) {
        return steps.ofAlarms(shownAlarms.stream().map(vn.dcim.core.alarm.AlarmView::id).toList());
    }

    /** The symptoms recorded under each root on the console ("UPS-2 on battery — 12 symptoms"), told in the reader's language. */
    private Map<Long, java.util.List<vn.dcim.core.alarm.AlarmView>> symptoms(java.util.List<vn.dcim.core.alarm.AlarmView> shownAlarms,
                                                                           HttpRequest<?> request, Scope scope) {
        java.util.Locale locale = texts.locale(request);
        java.util.Set<String> devices = scoped.deviceIdsOf(scope);
        Map<Long, Long> counts = alarms.symptomCounts(shownAlarms.stream().map(vn.dcim.core.alarm.AlarmView::id).toList());
        Map<Long, java.util.List<vn.dcim.core.alarm.AlarmView>> out = new java.util.HashMap<>();
        counts.keySet().forEach(root -> out.put(root, alarms.symptomsOf(root).stream().filter(a -> a.closedAt() == null)
                .filter(a -> scope.admitsSite(a.siteId()) && (devices == null || devices.contains(a.source())))
                .map(a -> words.told(a, locale)).toList()));
        return out;
    }

    /**
     * The alarms not closed (ISA-18.2: active, and returned to normal until acknowledged), those raised with
     * a keyed sentence told in the reader's language. The dashboard counts the same set. With a centre chosen,
     * that centre's sites' alarms only; for an account limited to sites or an agency, those of its scope.
     */
    private java.util.List<vn.dcim.core.alarm.AlarmView> active(HttpRequest<?> request, @Nullable Long centre, Scope scope) {
        java.util.Locale locale = texts.locale(request);
        AlarmFilter console = AlarmFilter.state(AlarmFilter.CONSOLE);
        AlarmFilter filter = centres.sites(centre).map(console::within).orElse(console);
        if (scope.limited()) {
            filter = filter.within(scope.siteIds(), scoped.deviceIdsOf(scope));
        }
        return alarms.list(filter, 500, 0).stream().map(a -> words.told(a, locale)).toList();
    }

    @HtmlScreen
    @View("alarms/rules")
    @Get("/alarms/rules")
    public Map<String, Object> rules(HttpRequest<?> request) {
        Map<String, Object> model = Navigation.page(request, "alarms");
        model.put("rules", rules.all());
        model.put("severities", vn.dcim.core.alarm.Severity.values());
        return model;
    }

    @HtmlScreen
    @ScopeAware
    @View("alarms/incidents")
    @Get("/incidents")
    public Map<String, Object> incidents(HttpRequest<?> request, @Parameter(hidden = true) Scope scope, @Nullable @QueryValue String status) {
        Map<String, Object> model = Navigation.page(request, "incidents");
        IncidentStatus wanted = status == null || status.isBlank() ? null : IncidentStatus.valueOf(status);
        String lang = shown.of(request).lang();
        // a limited account's incidents are cut in SQL (IncidentsWithin), the same as the API's
        java.util.List<vn.dcim.core.incident.Incident> found = scope.limited()
                ? incidentsWithin.list(wanted, scope.siteIds(), scoped.deviceIdsOf(scope), 200, 0).items()
                : incidents.list(wanted, 200, 0).getContent();
        model.put("incidents", details.listed(found, scope, lang));
        // an agency's account opens an incident on its own alarms through the API, not on the form for a site
        model.put("byAgency", scope.byAgency());
        model.put("status", status == null ? "" : status);
        model.put("statuses", IncidentStatus.values());
        return model;
    }

    /**
     * A limited account is shown also an incident that touched more than its scope: its part, without the centre's
     * actions; it may note it (an agency in its own name), print its part and, at its sites, acknowledge its alarms.
     */
    @ScopeAware(id = ScopeAware.Id.incident_part)
    @Get("/incidents/{id}")
    public HttpResponse<ModelAndView<Map<String, Object>>> incident(HttpRequest<?> request, @Parameter(hidden = true) Scope scope,
                                                                    @PathVariable long id) {
        return incidents.find(id).map(i -> {
            Map<String, Object> model = Navigation.page(request, "incidents");
            model.put("d", details.of(i, request, scope));
            model.put("byAgency", scope.byAgency());
            return HttpResponse.ok(new ModelAndView<>("alarms/incident", model));
        }).orElse(HttpResponse.notFound());
    }

    /** A self-contained page to print or save as PDF: the report to the management body or the quick report to the UBND. */
    @ScopeAware(id = ScopeAware.Id.incident)
    @Get("/incidents/{id}/report")
    public HttpResponse<ModelAndView<Map<String, Object>>> report(HttpRequest<?> request, @PathVariable long id) {
        return incidents.find(id).map(i -> {
            Map<String, Object> model = new java.util.HashMap<>();
            model.put("d", details.of(i, request));
            // equipment, people and the site by their names, as the PDF of the same report
            model.put("details", details);
            model.put("names", lines.of(shown.of(request)));
            return HttpResponse.ok(new ModelAndView<>("alarms/report", model));
        }).orElse(HttpResponse.notFound());
    }
}
