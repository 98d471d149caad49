package vn.dcim.web.api.window;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.suppression.MaintenanceWindow;
import vn.dcim.core.suppression.MaintenanceWindowService;
import vn.dcim.core.suppression.TargetKind;
import vn.dcim.core.suppression.WindowOccurrence;
import vn.dcim.core.suppression.WindowRequest;
import vn.dcim.core.time.PlausibleTime;
import vn.dcim.web.api.Page;
import vn.dcim.web.security.SignedIn;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import io.swagger.v3.oas.annotations.Parameter;
import vn.dcim.core.scope.Scope;
import vn.dcim.web.scope.ScopeAware;
import vn.dcim.web.scope.ScopedOperations;

import java.util.List;
import java.util.Map;

/**
 * Art. 14.4: maintenance windows of their own, one-off or recurring (RFC 5545 RRULE in the center's
 * zone), on a device, rack, room, site or power-chain element; alarms inside are recorded suppressed and not notified.
 */
@Tag(name = "Maintenance windows")
@Controller("/api/maintenance-windows")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MaintenanceWindowController {
    private final MaintenanceWindowService windows;
    private final Clock clock;
    private final ScopedOperations scopedOperations;

    /** {@code target}: exactly one of {@code device}, {@code rack}, {@code room}, {@code site}, {@code powerNode} with its id. */
    @Serdeable
    public record WindowCommand(@NotNull Map<String, Object> target, @NotNull @PlausibleTime(aheadDays = 400) Instant startsAt,
                                @NotNull @PlausibleTime(aheadDays = 432) Instant endsAt, @Nullable @Size(max = 500) String rrule,
                                @NotNull @Size(min = 1, max = 500) String reason) {
    }

    /** A window as the API shows it (NetBox-style id, url, display); {@code target} as it was written. */
    @Serdeable
    public record WindowJson(long id, String url, String display, Map<String, String> target, Instant startsAt, Instant endsAt,
                             @Nullable String rrule, @Nullable String timeZone, @Nullable String reason, @Nullable String createdBy,
                             @Nullable Instant createdAt, @Nullable Instant endedAt) {
        static WindowJson of(MaintenanceWindow w) {
            return new WindowJson(w.id(), "/api/maintenance-windows/" + w.id(),
                    "#" + w.id() + " " + w.targetKind().apiName() + " " + w.targetId() + (w.reason() == null ? "" : ": " + w.reason()),
                    Map.of(w.targetKind().apiName(), w.targetId()), w.startsAt(), w.endsAt(), w.rrule(), w.timeZone(), w.reason(),
                    w.createdBy(), w.createdAt(), w.endedAt());
        }
    }

    @Serdeable
    public record OccurrenceJson(long windowId, String display, Instant startsAt, Instant endsAt) {
        static OccurrenceJson of(WindowOccurrence o) {
            return new OccurrenceJson(o.window().id(), WindowJson.of(o.window()).display(), o.startsAt(), o.endsAt());
        }
    }

    @Operation(summary = "The maintenance windows, newest first")
    @ScopeAware
    @Get
    public Page<WindowJson> list(@QueryValue(defaultValue = "50") @Min(1) @Max(1000) int limit,
                                 @QueryValue(defaultValue = "0") @Min(0) int offset, HttpRequest<?> request,
                                 @Parameter(hidden = true) Scope scope) {
        if (scope.limited()) {
            // a limited account's windows are those on what stands in its scope, cut and paged in SQL
            var page = windows.list(scopedOperations.windows(scope), limit, offset);
            return Page.of(request, page.count(), limit, offset, page.items().stream().map(WindowJson::of).toList());
        }
        var page = windows.list(Pageable.from(offset / limit, limit, Sort.of(Sort.Order.desc("id"))));
        return Page.of(request, page.getTotalSize(), limit, offset, page.getContent().stream().map(WindowJson::of).toList());
    }

    @Operation(summary = "The occurrences of every window in [from, to) (the calendar); by default the next 28 days")
    @ScopeAware
    @Get("/occurrences")
    public List<OccurrenceJson> occurrences(@Nullable @QueryValue @PlausibleTime(aheadDays = 800) Instant from,
                                            @Nullable @QueryValue @PlausibleTime(aheadDays = 800) Instant to,
                                            @Nullable @QueryValue @Size(max = 64) String device, @Parameter(hidden = true) Scope scope) {
        Instant start = from != null ? from : clock.instant();
        Instant end = to != null ? to : start.plus(Duration.ofDays(28));
        // a device of the scope (the gate answers 404 for another) may hang on a window of the whole site: it is shown,
        // as it covers the device; without a device, a limited account's calendar is that of its scope
        List<WindowOccurrence> found = device != null ? windows.occurrencesFor(device, start, end)
                : scope.limited() ? windows.occurrences(scopedOperations.windows(scope), start, end) : windows.occurrences(start, end);
        return found.stream().map(OccurrenceJson::of).toList();
    }

    @Operation(summary = "One maintenance window")
    @ScopeAware(id = ScopeAware.Id.window)
    @Get("/{id}")
    public WindowJson show(long id) {
        return windows.find(id).map(WindowJson::of).orElseThrow(() -> new NotFoundException("maintenance window", id));
    }

    @Operation(summary = "Put a maintenance window on a device, rack, room, site or power-chain element, with a reason (audited)")
    @ScopeAware
    @Post
    @Status(HttpStatus.CREATED)
    public WindowJson create(@Valid @Body WindowCommand c, HttpRequest<?> request, @Parameter(hidden = true) Scope scope) {
        if (c.target().size() != 1) {
            throw new InvalidInputException("target", "name exactly one of device, rack, room, site, powerNode").explained("error.window.target");
        }
        Map.Entry<String, Object> t = c.target().entrySet().iterator().next();
        TargetKind kind = TargetKind.ofApiName(t.getKey()).orElseThrow(() ->
                new InvalidInputException("target", "name exactly one of device, rack, room, site, powerNode").explained("error.window.target"));
        String id = t.getValue() instanceof Number n ? String.valueOf(n.longValue()) : t.getValue() == null ? null : String.valueOf(t.getValue());
        if (scope.limited() && (id == null || !windows.admitsTarget(kind, id, scopedOperations.windows(scope)))) {
            // a limited account puts windows on what stands in its scope; anything else does not exist for it
            throw new NotFoundException(kind.apiName(), id);
        }
        return WindowJson.of(windows.create(new WindowRequest(kind, id, c.startsAt(), c.endsAt(), c.rrule(), c.reason()),
                SignedIn.name(request)));
    }

    @Operation(summary = "End a window now (the work is done early), or cancel it when it has not begun (audited)")
    @ScopeAware(id = ScopeAware.Id.window)
    @Post("/{id}/end")
    public HttpResponse<WindowJson> end(long id, HttpRequest<?> request) {
        return windows.end(id, SignedIn.name(request)).map(w -> HttpResponse.ok(WindowJson.of(w)))
                .orElseGet(HttpResponse::noContent);
    }

    @Operation(summary = "Cancel a window that has not begun, or end it now (audited); the same as /end")
    @ScopeAware(id = ScopeAware.Id.window)
    @Delete("/{id}")
    public HttpResponse<WindowJson> delete(long id, HttpRequest<?> request) {
        return end(id, request);
    }
}
