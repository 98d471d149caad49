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
import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.core.site.LocationRegistry;
import vn.dcim.web.scope.ScopeAware;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The operator's first screen: every site live on one page (Art. 30.8a). The page draws each site
 * from {@code /api/dashboard/sites/{id}} and re-reads it when the server pushes a change. With
 * {@code ?wall=1} it is the wall screen: no navigation, large type, one site at a time in turn.
 */
@Hidden
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DashboardScreen {
    private final LocationRegistry locations;
    private final ScopedEquipment scoped;

    /** A site-limited account sees its sites; an agency's account, which has no site of its own, its agency's page. */
    @HtmlScreen
    @ScopeAware
    @Get("/{?wall}")
    public HttpResponse<ModelAndView<Map<String, Object>>> dashboard(HttpRequest<?> request, @Parameter(hidden = true) Scope scope, @Nullable @QueryValue String wall) {
        if (scope.byAgency()) {
            return HttpResponse.seeOther(URI.create("/ui/agency"));
        }
        Map<String, Object> model = Navigation.page(request, "dashboard");
        List<Map<String, String>> list = new java.util.ArrayList<>();
        locations.sites().stream().filter(s -> scoped.site(scope, s.id()))
                .forEach(s -> list.add(Map.of("id", s.id(), "name", s.name())));
        model.put("sites", list);
        model.put("texts", DashboardTexts.KEYS);
        model.put("wall", wall != null && !wall.equals("0") && !wall.equals("false"));
        // a view of its own rather than @View: the redirect above must go out without rendering the page
        return HttpResponse.ok(new ModelAndView<>("dashboard", model));
    }
}
