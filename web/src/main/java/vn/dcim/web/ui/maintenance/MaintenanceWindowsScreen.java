package vn.dcim.web.ui.maintenance;

import vn.dcim.core.suppression.MaintenanceWindow;
import vn.dcim.web.ui.ScreenView;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
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
import io.swagger.v3.oas.annotations.Parameter;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.scope.Scope;
import vn.dcim.core.suppression.WindowsWithin;
import vn.dcim.web.scope.ScopeAware;
import vn.dcim.web.scope.ScopedOperations;

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
    private final ScopedOperations scopedOperations;

    /** The coming days' windows day by day, the windows defined (newest first) and the form for those who may change them. */
    @Introspected
    record Calendar(Navigation.Frame frame, Map<LocalDate, List<WindowOccurrence>> days, List<MaintenanceWindow> windows,
                    Instant now, TargetKind[] kinds, String refused, boolean canChange) implements ScreenView {
    }
    @HtmlScreen
    @ScopeAware
    @View("windows/calendar")
    @Get
    public Calendar calendar(HttpRequest<?> request, @Parameter(hidden = true) Scope scope, @Nullable @QueryValue String refused) {
        LocalDate today = LocalDate.now(clock);
        Instant from = today.atStartOfDay(clock.getZone()).toInstant();
        Map<LocalDate, List<WindowOccurrence>> days = new LinkedHashMap<>();
        // a limited account's calendar and list are those of its scope, cut in SQL as the API's
        WindowsWithin within = scope.limited() ? scopedOperations.windows(scope) : null;
        Instant until = from.plus(Duration.ofDays(DAYS));
        for (WindowOccurrence o : within == null ? windows.occurrences(from, until) : windows.occurrences(within, from, until)) {
            LocalDate day = LocalDate.ofInstant(o.startsAt().isBefore(from) ? from : o.startsAt(), clock.getZone());
            days.computeIfAbsent(day, d -> new java.util.ArrayList<>()).add(o);
        }
        return new Calendar(Navigation.frame(request, "maintenance-windows"), days,
                within == null ? windows.list(Pageable.from(0, 100, Sort.of(Sort.Order.desc("id")))).getContent()
                        : windows.list(within, 100, 0).items(),
                clock.instant(), TargetKind.values(), ScreenForms.refused(refused, FIELDS),
                rules.mayChange(request, "Maintenance windows"));
    }

    /** The supervisor's form: target kind and id, start and end as the center's wall clock, an optional RRULE, the reason. */
    @ScopeAware
    @Post(value = "/new", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> create(@Body Map<String, String> form, HttpRequest<?> request, @Parameter(hidden = true) Scope scope) {
        return ScreenForms.submitted(() -> {
            TargetKind kind = TargetKind.ofApiName(form.getOrDefault("kind", "")).orElse(null);
            String target = form.get("targetId");
            if (scope.limited() && (kind == null || target == null || !windows.admitsTarget(kind, target.strip(), scopedOperations.windows(scope)))) {
                // a limited account puts windows on what stands in its scope only
                throw new InvalidInputException("target", "not a target of the account's scope").explained("error.window.target");
            }
            long id = windows.create(new WindowRequest(kind, form.get("targetId"), local(form.get("startsAt"), "startsAt"),
                    local(form.get("endsAt"), "endsAt"), form.get("rrule"), form.get("reason")), SignedIn.name(request)).id();
            return "/ui/maintenance-windows#window-" + id;
        }, "/ui/maintenance-windows", "#window-new");
    }

    @ScopeAware(id = ScopeAware.Id.window)
    @Post(value = "/{id}/end", consumes = MediaType.APPLICATION_FORM_URLENCODED)
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
