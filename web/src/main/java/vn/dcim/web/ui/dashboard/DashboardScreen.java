package vn.dcim.web.ui.dashboard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.capacity.CapacityForecast;
import vn.dcim.core.capacity.CapacityForecasts;
import vn.dcim.web.security.AccessRules;
import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.core.site.LocationRegistry;
import vn.dcim.web.scope.ScopeAware;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;
import vn.dcim.web.ui.centre.CentreChoice;

import java.util.Comparator;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The operator's first screen: every site live on one page (Art. 30.8a). The page draws each site
 * from {@code /api/dashboard/sites/{id}} and re-reads it when the server pushes a change. With
 * {@code ?wall=1} it is the wall screen: no navigation, large type, one site at a time in turn. With
 * {@code ?centre=} it shows one centre's sites (a merged province's centre), without it the whole province's.
 */
@Hidden
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DashboardScreen {
    /** The API group whose readers see the capacity outlook (access.yml). */
    static final String CAPACITY_PLANNING = "Capacity planning";
    /** The forecasts that fill first, as many as a glance takes in. */
    static final int OUTLOOK = 8;
    private final LocationRegistry locations;
    private final AccessRules access;
    private final CapacityForecasts forecasts;
    private final CentreChoice centres;
    private final ScopedEquipment scoped;

    /** A site-limited account sees its sites; an agency's account, which has no site of its own, its agency's page. */
    @HtmlScreen
    @ScopeAware
    @Get("/{?wall,centre}")
    public HttpResponse<ModelAndView<Map<String, Object>>> dashboard(HttpRequest<?> request, @Parameter(hidden = true) Scope scope,
                                                                    @Nullable @QueryValue String wall, @Nullable @QueryValue("centre") String chosen) {
        if (scope.byAgency()) {
            return HttpResponse.seeOther(URI.create("/ui/agency"));
        }
        Map<String, Object> model = Navigation.page(request, "dashboard");
        Long centre = centres.chosen(chosen);
        model.putAll(centres.model(centre));
        Optional<Set<String>> only = centres.sites(centre);
        List<Map<String, String>> list = new java.util.ArrayList<>();
        locations.sites().stream().filter(s -> (only.isEmpty() || only.get().contains(s.id())) && scoped.site(scope, s.id()))
                .forEach(s -> list.add(Map.of("id", s.id(), "name", s.name())));
        model.put("sites", list);
        model.put("texts", DashboardTexts.KEYS);
        boolean onWall = wall != null && !wall.equals("0") && !wall.equals("false");
        model.put("wall", onWall);
        // those who plan see what fills first, of the sites they may see; the wall screen is the shift's and stays live-only
        if (!onWall && access.mayRead(request, CAPACITY_PLANNING)) {
            model.put("outlook", forecasts.all().stream()
                    .filter(f -> f.fullOn() != null && (f.status() == CapacityForecast.Status.fills || f.status() == CapacityForecast.Status.full))
                    .filter(f -> scoped.site(scope, f.siteId()) && (only.isEmpty() || only.get().contains(f.siteId())))
                    .sorted(Comparator.comparing(CapacityForecast::fullOn)).limit(OUTLOOK).toList());
        }
        // a view of its own rather than @View: the redirect above must go out without rendering the page
        return HttpResponse.ok(new ModelAndView<>("dashboard", model));
    }
}
