package vn.dcim.web.api.maintenance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Status;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.maintenance.WorkOrderFilter;
import vn.dcim.core.db.Paged;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.maintenance.NewWorkOrder;
import vn.dcim.core.maintenance.ReadingEntry;
import vn.dcim.core.maintenance.WorkOrderKind;
import vn.dcim.core.maintenance.WorkOrderStatus;
import vn.dcim.core.maintenance.WorkOrders;
import vn.dcim.web.api.Page;

import io.swagger.v3.oas.annotations.Parameter;
import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.web.scope.ScopeAware;
import vn.dcim.web.scope.ScopedOperations;

import java.time.LocalDate;
import java.util.List;

@Tag(name = "Maintenance")
@Controller("/api")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class WorkOrderController {
    private final WorkOrderCatalog catalog;
    private final WorkOrders workOrders;
    private final Workers workers;
    private final ScopedOperations scopedOperations;
    private final ScopedEquipment scoped;

    @Serdeable
    public record PlanView(long id, String code, String display, @Nullable String assetKind, @Nullable Long assetId,
                           int everyMonths, int leadDays, List<String> checklist, String article,
                           @Nullable Integer everyRunHours) {
    }

    @Serdeable
    public record StatusChange(@NotNull WorkOrderStatus status, @Nullable @Size(max = 200) String crew,
                               @Nullable @Size(max = 20000) String notes, @Nullable @Size(max = 20000) String checklist,
                               @Nullable @Size(max = 500) List<@Valid ReadingEntry> readings) {
    }

    @Operation(summary = "Maintenance plans (Art. 14.3: whole system yearly, devices at their vendor interval)")
    @Get("/maintenance-plans")
    public List<PlanView> plans() {
        return workOrders.plans().stream().map(p -> new PlanView(p.id(), p.code(), p.name(),
                p.assetKind() == null ? null : p.assetKind().name(), p.assetId(), p.everyMonths(), p.leadDays(),
                List.of(p.checklist().split("\n")), p.article(), p.everyRunHours())).toList();
    }

    /**
     * A work order made by hand: {@code device} (a monitored device's id) or {@code rack} (a rack's id),
     * never both; {@code kind} corrective (default) or planned.
     */
    @Serdeable
    public record NewOrder(@NotBlank @Size(max = 200) String title, @Nullable WorkOrderKind kind,
                           @Nullable @Size(max = 64) String device, @Nullable @Positive Long rack, @NotNull LocalDate dueDate,
                           @Nullable @Size(max = 200) String crew) {
    }

    @Operation(summary = "Create a work order for a device or a rack (supervisor; Art. 14.3): corrective or planned, "
            + "due date, crew (assigned at once when given)")
    @ScopeAware
    @Post("/work-orders")
    @Status(HttpStatus.CREATED)
    public WorkOrderView create(@Valid @Body NewOrder n, HttpRequest<?> request, @Parameter(hidden = true) Scope scope) {
        checkInside(scope, n.device(), n.rack());
        return catalog.view(workOrders.create(new NewWorkOrder(n.title(), n.kind(), n.device(), n.rack(), n.dueDate(), n.crew()),
                workers.of(request)));
    }

    @Operation(summary = "One work order with its readings before and after")
    @ScopeAware(id = ScopeAware.Id.workOrder)
    @Get("/work-orders/{id}")
    public WorkOrderView one(@PathVariable long id, HttpRequest<?> request) {
        WorkOrderView o = catalog.view(workOrders.find(id).orElseThrow(() -> new NotFoundException("Work order", id)
                .explained("error.workorder.not-found", id)));
        String myCrew = workers.crewOnly(request) ? String.valueOf(workers.of(request).crew()) : null;
        if (myCrew != null && o.crew() != null && !o.crew().equalsIgnoreCase(myCrew)) {
            throw new NotFoundException("Work order", id).explained("error.workorder.not-found", id);
        }
        return o;
    }

    @Operation(summary = "Work orders, filtered by status, state (open, done = done or signed off), crew, due date, "
            + "device, rack or asset (also through the equipment); paged")
    @ScopeAware
    @Get("/work-orders")
    public Page<WorkOrderView> list(HttpRequest<?> request, @Parameter(hidden = true) Scope scope,
                                    @Nullable @QueryValue String status, @Nullable @QueryValue String crew,
                                    @Nullable @QueryValue LocalDate dueBefore,
                                    @Nullable @QueryValue @Size(max = 64) String device, @Nullable @QueryValue @Positive Long rack,
                                    @Nullable @QueryValue @Positive Long asset,
                                    @Nullable @QueryValue @Pattern(regexp = "open|done|all") String state,
                                    @QueryValue(defaultValue = "50") @Min(1) @Max(1000) int limit,
                                    @QueryValue(defaultValue = "0") @Min(0) int offset) {
        // a technician sees the orders of their own crew and the unassigned ones they may take (Art. 16.1)
        String myCrew = workers.crewOnly(request) ? String.valueOf(workers.of(request).crew()) : null;
        // a limited account's orders are those on the equipment of its scope, cut and paged in SQL
        Paged<WorkOrderView> page = catalog.find(new WorkOrderFilter(status, crew, dueBefore, device, rack, asset, state), myCrew,
                scope.limited() ? scopedOperations.workOrders(scope) : null, limit, offset);
        return Page.of(request, page.count(), limit, offset, page.items());
    }

    /**
     * A limited account makes orders on the equipment of its scope only, so that it sees what it made: another's
     * device or rack answers 404 as its id would; an agency's on a rack it holds.
     */
    private void checkInside(Scope scope, @Nullable String device, @Nullable Long rack) {
        if (!scope.limited()) {
            return;
        }
        if (device != null && !scoped.device(scope, device)) {
            throw new NotFoundException("device", device);
        }
        if (rack != null && !scoped.rackIdsOf(scope).contains(rack)) {
            throw new NotFoundException("rack", rack);
        }
    }

    @Operation(summary = "Move a work order: assigned (crew), in_progress (readings before), done (checklist answers, notes, "
            + "readings after), verified (by another person than who did the work) or cancelled; without readings the "
            + "devices' latest are taken")
    @ScopeAware(id = ScopeAware.Id.workOrder)
    @Post("/work-orders/{id}/status")
    public WorkOrderView move(@PathVariable long id, @Valid @Body StatusChange change, HttpRequest<?> request) {
        return catalog.view(workOrders.move(id, change.status(), change.crew(), change.notes(), change.checklist(),
                change.readings(), workers.of(request)));
    }
}
