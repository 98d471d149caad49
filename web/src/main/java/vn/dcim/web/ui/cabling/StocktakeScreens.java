package vn.dcim.web.ui.cabling;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.site.LocationRegistry;
import vn.dcim.core.stocktake.Stocktakes;
import vn.dcim.web.security.AccessRules;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;

import java.util.Map;

/**
 * The stock-take screens (issue 37 §3): the asset manager's list with the form that opens one, and the
 * crew's phone page that scans a room or rack label, then asset labels, and keeps scans offline.
 */
@Hidden
@Controller("/ui/stocktakes")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class StocktakeScreens {
    private final LocationRegistry locations;
    private final Stocktakes stocktakes;
    private final AccessRules access;

    @HtmlScreen
    @View("stocktakes/list")
    @Get
    public Map<String, Object> list(HttpRequest<?> request) {
        Map<String, Object> model = Navigation.page(request, "stocktakes");
        model.put("stocktakes", stocktakes.all().stream().map(s -> stocktakes.report(s.id())).toList());
        model.put("sites", locations.sites());
        model.put("rooms", locations.rooms());
        model.put("canOpen", access.mayChange(request, "Stock-takes"));
        return model;
    }

    @HtmlScreen
    @View("stocktakes/scan")
    @Get("/{id}")
    public Map<String, Object> scan(HttpRequest<?> request, @PathVariable long id) {
        Map<String, Object> model = Navigation.page(request, "stocktakes");
        model.put("report", stocktakes.report(id));
        model.put("canScan", access.mayChange(request, "Stock-take scans"));
        model.put("canClose", access.mayChange(request, "Stock-takes"));
        return model;
    }
}
