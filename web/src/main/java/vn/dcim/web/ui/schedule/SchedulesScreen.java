package vn.dcim.web.ui.schedule;

import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import vn.dcim.core.schedule.DutyRunRepository;
import vn.dcim.core.schedule.DutyScheduler;
import vn.dcim.web.security.SignedIn;
import vn.dcim.web.ui.Navigation;

import java.net.URI;
import java.util.Map;

/** The operators' view of the regulation's periodic duties: schedules, last outcomes, run now. */
@Hidden
@Controller("/ui/schedules")
public class SchedulesScreen {
    private final DutyScheduler scheduler;
    private final DutyRunRepository runs;

    SchedulesScreen(DutyScheduler scheduler, DutyRunRepository runs) {
        this.scheduler = scheduler;
        this.runs = runs;
    }

    @View("schedules/list")
    @Get
    public Map<String, Object> list(HttpRequest<?> request) {
        return Map.of("schedules", scheduler.schedules(),
                "runs", runs.search(null, null, Pageable.from(0, 25)).getContent(),
                "nav", Navigation.items(), "path", request.getPath(), "screen", "schedules");
    }

    @Post(value = "/{id}/run", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> runNow(@PathVariable String id, HttpRequest<?> request) {
        scheduler.runNow(id, SignedIn.name(request));
        return HttpResponse.seeOther(URI.create("/ui/schedules?started=" + id));
    }
}
