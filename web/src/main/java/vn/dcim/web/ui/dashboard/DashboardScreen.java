package vn.dcim.web.ui.dashboard;

import vn.dcim.web.ui.ScreenView;
import io.micronaut.core.annotation.Introspected;
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
    /** A site on the dashboard. */
    @Introspected
    record SiteName(String id, String name) {
    }

    /**
     * The dashboard: the sites it shows (of the chosen centre, those the reader may see), the keys of its script's
     * texts, whether it is the wall screen, and for those who plan the capacity that fills first (null otherwise).
     */
    @Introspected
    record Page(Navigation.Frame frame, CentreChoice.Choice centreChoice, List<SiteName> sites, List<String> texts, boolean wall,
                @Nullable List<CapacityForecast> outlook) implements ScreenView {
    }
    @HtmlScreen
    @ScopeAware
    @Get("/{?wall,centre}")
    public HttpResponse<ModelAndView<Page>> dashboard(HttpRequest<?> request, @Parameter(hidden = true) Scope scope,
                                                                    @Nullable @QueryValue String wall, @Nullable @QueryValue("centre") String chosen) {
        if (scope.byAgency()) {
            return HttpResponse.seeOther(URI.create("/ui/agency"));
        }
        Long centre = centres.chosen(chosen);
        Optional<Set<String>> only = centres.sites(centre);
        List<SiteName> list = locations.sites().stream()
                .filter(s -> (only.isEmpty() || only.get().contains(s.id())) && scoped.site(scope, s.id()))
                .map(s -> new SiteName(s.id(), s.name())).toList();
        boolean onWall = wall != null && !wall.equals("0") && !wall.equals("false");
        // those who plan see what fills first, of the sites they may see; the wall screen is the shift's and stays live-only
        List<CapacityForecast> outlook = onWall || !access.mayRead(request, CAPACITY_PLANNING) ? null : forecasts.all().stream()
                .filter(f -> f.fullOn() != null && (f.status() == CapacityForecast.Status.fills || f.status() == CapacityForecast.Status.full))
                .filter(f -> scoped.site(scope, f.siteId()) && (only.isEmpty() || only.get().contains(f.siteId())))
                .sorted(Comparator.comparing(CapacityForecast::fullOn)).limit(OUTLOOK).toList();
        // a view of its own rather than @View: the redirect above must go out without rendering the page
        return HttpResponse.ok(new ModelAndView<>("dashboard", new Page(Navigation.frame(request, "dashboard"), centres.choice(centre),
                list, DashboardTexts.KEYS, onWall, outlook)));
    }
}
