package vn.dcim.web.ui;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The asset manager's reports page: pick a quarter or a year and a format, download. */
@Hidden
@Controller("/ui/reports")
public class ReportsScreen {
    private final Clock clock;

    ReportsScreen(Clock clock) {
        this.clock = clock;
    }

    @View("reports/reports")
    @Get
    public Map<String, Object> reports(HttpRequest<?> request) {
        LocalDate today = LocalDate.now(clock);
        List<String> periods = new ArrayList<>();
        // the last eight quarters, newest first, then the last three years
        LocalDate q = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
        for (int i = 0; i < 8; i++) {
            periods.add(q.getYear() + "-Q" + ((q.getMonthValue() - 1) / 3 + 1));
            q = q.minusMonths(3);
        }
        for (int i = 0; i < 3; i++) {
            periods.add(String.valueOf(today.getYear() - i));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("periods", periods);
        model.put("nav", Navigation.items());
        model.put("path", request.getPath());
        model.put("screen", "reports");
        return model;
    }
}
