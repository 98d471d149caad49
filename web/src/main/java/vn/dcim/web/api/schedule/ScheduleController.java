package vn.dcim.web.api.schedule;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.schedule.DutyScheduler;
import vn.dcim.web.api.Page;
import vn.dcim.web.security.SignedIn;

import java.util.List;

@Tag(name = "Schedules")
@Controller("/api")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ScheduleController {
    private final DutyScheduler scheduler;

    @Operation(summary = "The regulation's periodic duties with their schedule, next fire time and last run")
    @Get("/schedules")
    public List<ScheduleView> list() {
        return scheduler.schedules().stream().map(s -> ScheduleView.of(s, scheduler.zone())).toList();
    }

    @Get("/schedules/{id}")
    public ScheduleView get(@PathVariable String id) {
        return ScheduleView.of(scheduler.schedule(id), scheduler.zone());
    }

    @Operation(summary = "Change a duty's cron or switch it on/off; shared by every instance of the product")
    @Put("/schedules/{id}")
    public ScheduleView update(@PathVariable String id, @Valid @Body ScheduleUpdate update, HttpRequest<?> request) {
        return ScheduleView.of(scheduler.update(id, update.cron(), update.enabled(), SignedIn.name(request)), scheduler.zone());
    }

    @Operation(summary = "Run a duty now (recorded as a manual run)")
    @Post("/schedules/{id}/run")
    public HttpResponse<ScheduleView> run(@PathVariable String id, HttpRequest<?> request) {
        scheduler.runNow(id, SignedIn.name(request));
        return HttpResponse.accepted().body(ScheduleView.of(scheduler.schedule(id), scheduler.zone()));
    }

    @Operation(summary = "Runs and misfires of the duties, newest first")
    @Get("/duty-runs")
    public Page<DutyRunView> runs(HttpRequest<?> request, @Nullable @QueryValue String duty, @Nullable @QueryValue String status,
                                  @QueryValue(defaultValue = "50") @Min(1) @Max(1000) int limit,
                                  @QueryValue(defaultValue = "0") @Min(0) int offset) {
        var page = scheduler.runs(duty, status, limit, offset);
        return Page.of(request, page.getTotalSize(), limit, offset, page.getContent().stream().map(DutyRunView::of).toList());
    }
}
