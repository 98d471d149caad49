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
import vn.dcim.core.maintenance.ReadingEntry;
import vn.dcim.core.maintenance.MaintenancePlanRepository;
import vn.dcim.core.maintenance.WorkOrderStatus;
import vn.dcim.core.maintenance.WorkOrders;
import vn.dcim.web.api.Page;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;

@Tag(name = "Maintenance")
@Controller("/api")
public class WorkOrderController {
    private final WorkOrderCatalog catalog;
    private final WorkOrders workOrders;
    private final MaintenancePlanRepository plans;
    private final Workers workers;

    WorkOrderController(WorkOrderCatalog catalog, WorkOrders workOrders, MaintenancePlanRepository plans, Workers workers) {
        this.workers = workers;
        this.catalog = catalog;
        this.workOrders = workOrders;
        this.plans = plans;
    }

    @Serdeable
    public record PlanView(long id, String code, String display, @Nullable String assetKind, @Nullable Long assetId,
                           int everyMonths, int leadDays, List<String> checklist, String article) {
    }

    @Serdeable
    public record StatusChange(@NotNull WorkOrderStatus status, @Nullable @Size(max = 200) String crew,
                               @Nullable @Size(max = 20000) String notes, @Nullable @Size(max = 20000) String checklist,
                               @Nullable @Size(max = 500) List<@Valid ReadingEntry> readings) {
    }

    @Operation(summary = "Maintenance plans (Art. 14.3: whole system yearly, devices at their vendor interval)")
    @Get("/maintenance-plans")
    public List<PlanView> plans() {
        return StreamSupport.stream(plans.findAll().spliterator(), false).map(p -> new PlanView(p.id(), p.code(), p.name(),
                p.assetKind() == null ? null : p.assetKind().name(), p.assetId(), p.everyMonths(), p.leadDays(),
                List.of(p.checklist().split("\n")), p.article())).toList();
    }

    @Operation(summary = "Work orders, filtered by status, crew and due date; paged")
    @Get("/work-orders")
    public Page<WorkOrderView> list(HttpRequest<?> request, @Nullable @QueryValue String status, @Nullable @QueryValue String crew,
                                    @Nullable @QueryValue LocalDate dueBefore,
                                    @QueryValue(defaultValue = "50") @Min(1) @Max(1000) int limit,
                                    @QueryValue(defaultValue = "0") @Min(0) int offset) {
        // a technician sees the orders of their own crew and the unassigned ones they may take (Art. 16.1)
        String myCrew = workers.crewOnly(request) ? String.valueOf(workers.of(request).crew()) : null;
        List<WorkOrderView> all = catalog.find(status, crew, dueBefore).stream()
                .filter(o -> myCrew == null || o.crew() == null || o.crew().equalsIgnoreCase(myCrew)).toList();
        return Page.of(request, all.size(), limit, offset, all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit)));
    }

    @Operation(summary = "Move a work order: assigned (crew), in_progress (readings before), done (checklist answers, notes, "
            + "readings after), verified (by another person than who did the work) or cancelled; without readings the "
            + "devices' latest are taken")
    @Post("/work-orders/{id}/status")
    public WorkOrderView move(@PathVariable long id, @Valid @Body StatusChange change, HttpRequest<?> request) {
        return catalog.view(workOrders.move(id, change.status(), change.crew(), change.notes(), change.checklist(),
                change.readings(), workers.of(request)));
    }
}
