package vn.dcim.web.ui.maintenance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.suppression.MaintenanceWindowService;
import vn.dcim.core.suppression.TargetKind;
import vn.dcim.core.suppression.WindowOccurrence;
import vn.dcim.core.suppression.WindowRequest;
import vn.dcim.web.security.AccessRules;
import vn.dcim.web.security.SignedIn;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;
import vn.dcim.web.ui.ScreenForms;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The maintenance calendar: every occurrence of the next four weeks by day in the center's zone,
 * the windows with their repeat rule, and the supervisor's form that puts one (and ends it early).
 */
@Hidden
@Controller("/ui/maintenance-windows")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MaintenanceWindowsScreen {
    private static final Set<String> FIELDS = Set.of("target", "startsAt", "endsAt", "rrule", "reason", "id");
    private static final int DAYS = 28;

    private final MaintenanceWindowService windows;
    private final AccessRules rules;
    private final Clock clock;

    @HtmlScreen
    @View("windows/calendar")
    @Get
    public Map<String, Object> calendar(HttpRequest<?> request, @Nullable @QueryValue String refused) {
        Map<String, Object> model = Navigation.page(request, "maintenance-windows");
        LocalDate today = LocalDate.now(clock);
        Instant from = today.atStartOfDay(clock.getZone()).toInstant();
        Map<LocalDate, List<WindowOccurrence>> days = new LinkedHashMap<>();
        for (WindowOccurrence o : windows.occurrences(from, from.plus(Duration.ofDays(DAYS)))) {
            LocalDate day = LocalDate.ofInstant(o.startsAt().isBefore(from) ? from : o.startsAt(), clock.getZone());
            days.computeIfAbsent(day, d -> new java.util.ArrayList<>()).add(o);
        }
        model.put("days", days);
        model.put("windows", windows.list(Pageable.from(0, 100, Sort.of(Sort.Order.desc("id")))).getContent());
        model.put("now", clock.instant());
        model.put("kinds", TargetKind.values());
        model.put("refused", ScreenForms.refused(refused, FIELDS));
        model.put("canChange", rules.mayChange(request, "Maintenance windows"));
        return model;
    }

    /** The supervisor's form: target kind and id, start and end as the center's wall clock, an optional RRULE, the reason. */
    @Post(value = "/new", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> create(@Body Map<String, String> form, HttpRequest<?> request) {
        return ScreenForms.submitted(() -> {
            TargetKind kind = TargetKind.ofApiName(form.getOrDefault("kind", "")).orElse(null);
            long id = windows.create(new WindowRequest(kind, form.get("targetId"), local(form.get("startsAt"), "startsAt"),
                    local(form.get("endsAt"), "endsAt"), form.get("rrule"), form.get("reason")), SignedIn.name(request)).id();
            return "/ui/maintenance-windows#window-" + id;
        }, "/ui/maintenance-windows", "#window-new");
    }

    @Post(value = "/{id}/end", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> end(@PathVariable long id, HttpRequest<?> request) {
        try {
            windows.end(id, SignedIn.name(request));
            return HttpResponse.seeOther(URI.create("/ui/maintenance-windows#window-" + id));
        } catch (ConflictException | NotFoundException e) {
            return HttpResponse.seeOther(URI.create("/ui/maintenance-windows?refused=id"));
        }
    }

    /** A datetime-local field, read as the center's wall clock. */
    private Instant local(@Nullable String value, String field) {
        return ScreenForms.wallClock(value, clock.getZone(), field, "error.window." + (field.equals("startsAt") ? "starts-at" : "ends-at"));
    }
}
