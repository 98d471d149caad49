package vn.dcim.web.ui;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.Map;

/**
 * The screens of the operator UI that have no feature behind them yet. Each names the issue that
 * brings it, so nobody mistakes an empty screen for a working one.
 */
@Hidden
@Controller("/ui")
public class ScreenController {
    @Get("/{screen}")
    public HttpResponse<ModelAndView<Map<String, Object>>> screen(@PathVariable String screen, HttpRequest<?> request) {
        if (!Navigation.isScreen(screen)) {
            return HttpResponse.notFound();
        }
        return HttpResponse.ok(new ModelAndView<>("screens/pending", Navigation.page(request, screen)));
    }
}
