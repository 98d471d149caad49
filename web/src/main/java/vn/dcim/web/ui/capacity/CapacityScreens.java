package vn.dcim.web.ui.capacity;

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
import java.util.Map;

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

    @HtmlScreen
    @View("capacity/forecasts")
    @Get("/capacity{?site}")
    @ScopeAware(agencies = false) // a site's capacity, no agency's: the site is checked by its name
    public Map<String, Object> forecasts(HttpRequest<?> request, @Nullable @QueryValue String site, Scope scope) {
        Map<String, Object> model = Navigation.page(request, "capacity");
        String chosen = site == null || site.isBlank() ? null : site;
        List<CapacityForecast> all = chosen != null ? forecasts.ofSite(chosen)
                : scope.limited() ? scope.siteIds().stream().flatMap(s -> forecasts.ofSite(s).stream()).toList() : forecasts.all();
        model.put("forecasts", all);
        model.put("sites", locations.sites().stream().filter(s -> scope.admitsSite(s.id())).toList());
        model.put("site", chosen);
        model.put("horizonYears", settings.getHorizonDays() / 365.0);
        model.put("backtestMonths", settings.getBacktestMonths());
        return model;
    }
}
