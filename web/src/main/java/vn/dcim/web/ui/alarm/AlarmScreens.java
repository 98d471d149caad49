package vn.dcim.web.ui.alarm;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Parameter;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.alarm.AlarmRules;
import vn.dcim.core.alarm.Severity;
import vn.dcim.core.scope.Scope;
import vn.dcim.web.api.dashboard.GridBanners;
import vn.dcim.web.i18n.ShownModel;
import vn.dcim.web.scope.ScopeAware;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;
import vn.dcim.web.ui.centre.CentreChoice;

/** The operator's alarm console (live, most severe first, one-click acknowledge, Art. 30.8a) and the alarm rules. */
@Hidden
@Controller("/ui")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AlarmScreens {
    private final ConsoleRows rows;
    private final AlarmRules rules;
    private final GridBanners banners;
    private final ShownModel shown;
    private final CentreChoice centres;

    @HtmlScreen
    @ScopeAware
    @View("alarms/console")
    @Get("/alarms{?centre}")
    public AlarmViews.Console console(HttpRequest<?> request, @Parameter(hidden = true) Scope scope,
                                      @Nullable @QueryValue("centre") String chosen) {
        Long centre = centres.chosen(chosen);
        return new AlarmViews.Console(Navigation.frame(request, "alarms"), centres.choice(centre),
                rows.of(request, centre, scope), bannersFor(request, scope));
    }

    /**
     * The grid-lost banner of the dashboard, over the console while the outage lasts, with the demo's
     * outage schedule (Art. 30.8a): re-read by the console's script with its rows.
     */
    @HtmlScreen
    @ScopeAware
    @View("alarms/console-banners")
    @Get("/alarms/banners")
    public AlarmViews.Banners banners(HttpRequest<?> request, @Parameter(hidden = true) Scope scope) {
        return bannersFor(request, scope);
    }

    /** The console's rows alone, re-read by its script on every change: rendered as the page's are. */
    @HtmlScreen
    @ScopeAware
    @View("alarms/console-rows")
    @Get("/alarms/rows{?centre}")
    public AlarmViews.Rows rows(HttpRequest<?> request, @Parameter(hidden = true) Scope scope,
                                @Nullable @QueryValue("centre") String chosen) {
        return rows.of(request, centres.chosen(chosen), scope);
    }

    /** A site's grid-lost banner, for those who may see the site; an agency's account is shown its equipment, not a site's. */
    private AlarmViews.Banners bannersFor(HttpRequest<?> request, Scope scope) {
        return new AlarmViews.Banners(banners.of(shown.of(request)).stream()
                .filter(b -> !scope.byAgency() && scope.admitsSite(b.siteId())).toList());
    }

    @HtmlScreen
    @View("alarms/rules")
    @Get("/alarms/rules")
    public AlarmViews.Rules rules(HttpRequest<?> request) {
        return new AlarmViews.Rules(Navigation.frame(request, "alarms"), rules.all(), Severity.values());
    }
}
