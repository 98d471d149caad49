package vn.dcim.web.ui;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import vn.dcim.web.api.error.NoRoute;


/**
 * The screens of the operator UI that have no feature behind them yet: the frame alone, so nobody mistakes an empty
 * screen for a working one. Any other single name under /ui is no screen: 404, a page for a person.
 */
@Hidden
@Controller("/ui")
public class ScreenController {
    /** A screen with no feature behind it: the layout's frame alone. */
    @Introspected
    record Pending(Navigation.Frame frame) implements ScreenView {
    }

    @HtmlScreen
    @Get("/{screen}")
    public HttpResponse<ModelAndView<Pending>> screen(@PathVariable String screen, HttpRequest<?> request) {
        if (!Navigation.isScreen(screen)) {
            throw NoRoute.at(request);
        }
        return HttpResponse.ok(new ModelAndView<>("screens/pending", new Pending(Navigation.frame(request, screen))));
    }
}
