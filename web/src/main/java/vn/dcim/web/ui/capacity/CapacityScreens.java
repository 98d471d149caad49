package vn.dcim.web.ui.capacity;

import vn.dcim.core.site.Site;
import vn.dcim.web.ui.ScreenView;
import io.micronaut.core.annotation.Introspected;
import vn.dcim.core.scope.Scope;
import vn.dcim.web.scope.ScopeAware;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.capacity.CapacityForecast;
import vn.dcim.core.capacity.CapacityForecasts;
import vn.dcim.core.capacity.CapacitySettings;
import vn.dcim.core.site.LocationRegistry;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;

import java.util.List;

/**
 * Capacity planning: every forecast of a site (or of all), the day each quantity reaches its
 * capacity with its interval, and beside it how far the same method was off when run months ago.
 */
@Hidden
@Controller("/ui")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CapacityScreens {
    private final CapacityForecasts forecasts;
    private final LocationRegistry locations;
    private final CapacitySettings settings;

    /** The capacity forecasts of a site (none chosen: every site the reader may see), and how far ahead and back they look. */
    @Introspected
    record Forecasts(Navigation.Frame frame, List<CapacityForecast> forecasts, List<Site> sites, @Nullable String site,
                     double horizonYears, int backtestMonths) implements ScreenView {
    }
    @HtmlScreen
    @View("capacity/forecasts")
    @Get("/capacity{?site}")
    @ScopeAware(agencies = false) // a site's capacity, no agency's: the site is checked by its name
    public Forecasts forecasts(HttpRequest<?> request, @Nullable @QueryValue String site, Scope scope) {
        String chosen = site == null || site.isBlank() ? null : site;
        List<CapacityForecast> all = chosen != null ? forecasts.ofSite(chosen)
                : scope.limited() ? scope.siteIds().stream().flatMap(s -> forecasts.ofSite(s).stream()).toList() : forecasts.all();
        return new Forecasts(Navigation.frame(request, "capacity"), all,
                locations.sites().stream().filter(s -> scope.admitsSite(s.id())).toList(), chosen,
                settings.getHorizonDays() / 365.0, settings.getBacktestMonths());
    }
}
