package vn.dcim.web.ui.registry;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;
import vn.dcim.web.ui.centre.CentreChoice;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The centre's report to the Department, offered for the last closed quarter. Not scope-aware, as its API: a limited
 * account is answered 404.
 */
@Hidden
@Controller("/ui")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReportsScreen {
    private final Clock clock;
    private final CentreChoice centreChoice;

    @HtmlScreen
    @View("registry/reports")
    @Get("/reports")
    public RegistryViews.Reports reports(HttpRequest<?> request) {
        LocalDate today = LocalDate.now(clock);
        int quarter = (today.getMonthValue() - 1) / 3 + 1;
        String last = quarter == 1 ? (today.getYear() - 1) + "-Q4" : today.getYear() + "-Q" + (quarter - 1);
        // the auditor's report of one centre or of the whole province
        return new RegistryViews.Reports(Navigation.frame(request, "reports"), last, centreChoice.choice(null));
    }
}
