package vn.dcim.web.api.change;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
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
import vn.dcim.core.change.ChangeKind;
import vn.dcim.core.change.ChangeRequest;
import vn.dcim.core.change.ChangeStatus;
import vn.dcim.core.change.ChangeThread;
import vn.dcim.core.change.Changes;
import vn.dcim.core.change.NewChange;
import vn.dcim.core.db.Paged;
import vn.dcim.web.api.Page;
import vn.dcim.web.api.maintenance.Workers;
import vn.dcim.web.security.SignedIn;
import vn.dcim.core.scope.Scope;
import vn.dcim.web.scope.ScopeAware;
import vn.dcim.web.scope.ScopedRecords;
import io.swagger.v3.oas.annotations.Parameter;

import java.util.List;

/**
 * Change requests (QĐ 11/2023 Điều 17 khoản 2, Điều 18, Điều 23 khoản 3): request, four-eyes decision, and the thread
 * the auditor reads. The crew's scanned checklist and the sign-off, and where the equipment can go, have their own
 * controllers.
 */
@Tag(name = "Changes")
@Controller("/api/changes")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ChangeController {
    private final Changes changes;
    private final ChangeThread thread;
    private final ChangeViews views;
    private final vn.dcim.core.change.ChangeFacts facts;
    private final Workers workers;
    private final ScopedRecords scopedRecords;

    @Serdeable
    public record Decision(@Nullable @Size(max = 2000) String note, @Nullable @Size(max = 128) String departmentRef,
                           @Nullable @Size(max = 200) String crew) {
    }

    @Serdeable
    public record Refusal(@NotNull @Size(min = 1, max = 2000) String note) {
    }

    @Serdeable
    public record Cancelling(@Nullable @Size(max = 500) String reason) {
    }

    @Operation(summary = "Change requests, newest first, filtered by status, kind, agency or equipment; paged")
    @Get
    @ScopeAware
    public Page<ChangeViews.ChangeView> list(HttpRequest<?> request, @Parameter(hidden = true) Scope scope, @Nullable @QueryValue ChangeStatus status,
                                             @Nullable @QueryValue ChangeKind kind, @Nullable @QueryValue Long agency,
                                             @Nullable @QueryValue Long asset,
                                             @QueryValue(defaultValue = "50") @Min(1) @Max(500) int limit,
                                             @QueryValue(defaultValue = "0") @Min(0) int offset) {
        // a limited account's requests are cut and paged in SQL: its agency's, and those about equipment it sees
        Paged<ChangeRequest> page = changes.find(status, kind, agency, asset, scopedRecords.changes(scope), limit, offset);
        return Page.of(request, page.count(), limit, offset, page.items().stream().map(views::brief).toList());
    }

    @Operation(summary = "Draft a change request: kind, equipment (assetId; an install's registered as planned), target rack "
            + "and lowest U, height, power and network needs, links (port name and kind, far port id), agency and its letter "
            + "(a document id from /api/documents), the requested window; requestedBy names who asks (blank: you)")
    @Post
    @Status(HttpStatus.CREATED)
    @ScopeAware
    public ChangeViews.ChangeView draft(@Body NewChange body, HttpRequest<?> request, @Parameter(hidden = true) Scope scope) {
        return views.of(changes.draft(scopedRecords.draft(scope, body), SignedIn.name(request)), request);
    }


    @Operation(summary = "A quarter's or a year's change requests (in the centre's zone): requested, approved, refused, done, "
            + "mean lead time from request to done in hours, from agencies, and registry moves made without a request")
    // the province's counts: not scope-aware, so a limited account is answered 404 (its share would be a different report)
    @Get("/summary")
    public vn.dcim.core.change.ChangeFacts.Period summary(@QueryValue @Min(2000) @Max(2100) int year,
                                                         @Nullable @QueryValue @Min(1) @Max(4) Integer quarter) {
        java.time.ZoneId zone = vn.dcim.core.time.CenterZone.configured();
        java.time.LocalDate first = quarter == null ? java.time.LocalDate.of(year, 1, 1) : java.time.LocalDate.of(year, 3 * quarter - 2, 1);
        java.time.LocalDate after = quarter == null ? first.plusYears(1) : first.plusMonths(3);
        return facts.period(first.atStartOfDay(zone).toInstant(), after.atStartOfDay(zone).toInstant());
    }

    @Operation(summary = "One change with its links and its checklist in your language")
    @ScopeAware(id = ScopeAware.Id.change)
    @Get("/{id}")
    public ChangeViews.ChangeView one(@PathVariable long id, HttpRequest<?> request) {
        return views.of(changes.get(id), request);
    }

    @Operation(summary = "Submit a draft for decision (by who asked for or entered it; an agency's request needs its letter)")
    @ScopeAware(id = ScopeAware.Id.change)
    @Post("/{id}/submit")
    public ChangeViews.ChangeView submit(@PathVariable long id, HttpRequest<?> request) {
        return views.of(changes.submit(id, SignedIn.name(request)), request);
    }

    @Operation(summary = "Approve (a supervisor who neither asked for nor entered it; 403 otherwise), with the Department's "
            + "decision number where there is one; creates the crew's work order and checklist")
    @ScopeAware(id = ScopeAware.Id.change, agencies = false)
    @Post("/{id}/approve")
    public ChangeViews.ChangeView approve(@PathVariable long id, @Valid @Body Decision d, HttpRequest<?> request) {
        return views.of(changes.approve(id, d.note(), d.departmentRef(), d.crew(), workers.of(request)), request);
    }

    @Operation(summary = "Refuse with the reason (a supervisor who neither asked for nor entered it)")
    @ScopeAware(id = ScopeAware.Id.change, agencies = false)
    @Post("/{id}/refuse")
    public ChangeViews.ChangeView refuse(@PathVariable long id, @Valid @Body Refusal r, HttpRequest<?> request) {
        return views.of(changes.refuse(id, r.note(), workers.of(request)), request);
    }

    @Operation(summary = "Withdraw before the decision (who asked or entered it) or call off (a supervisor, with its work order)")
    @ScopeAware(id = ScopeAware.Id.change)
    @Post("/{id}/cancel")
    public ChangeViews.ChangeView cancel(@PathVariable long id, @Valid @Body Cancelling c, HttpRequest<?> request) {
        return views.of(changes.cancel(id, c.reason(), workers.of(request)), request);
    }

    @Operation(summary = "The thread of one change, oldest first: request, decision, work order, steps, sign-off, registry")
    @ScopeAware(id = ScopeAware.Id.change)
    @Get("/{id}/thread")
    public List<ChangeThread.Entry> thread(@PathVariable long id) {
        return thread.of(id);
    }
}
