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
import vn.dcim.core.account.Role;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.maintenance.MaintenancePlanRepository;
import vn.dcim.core.maintenance.WorkOrderStatus;
import vn.dcim.core.maintenance.WorkOrders;
import vn.dcim.web.api.Page;
import vn.dcim.web.api.asset.Actor;
import vn.dcim.web.security.ForbiddenException;
import vn.dcim.web.security.SignedIn;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;

@Tag(name = "Maintenance")
@Controller("/api")
public class WorkOrderController {
    private final WorkOrderCatalog catalog;
    private final WorkOrders workOrders;
    private final MaintenancePlanRepository plans;
    private final AuditLog audit;

    WorkOrderController(WorkOrderCatalog catalog, WorkOrders workOrders, MaintenancePlanRepository plans, AuditLog audit) {
        this.audit = audit;
        this.catalog = catalog;
        this.workOrders = workOrders;
        this.plans = plans;
    }

    @Serdeable
    public record PlanView(long id, String code, String display, @Nullable String assetKind, @Nullable Long assetId,
                           int everyMonths, int leadDays, List<String> checklist, String article) {
    }

    @Serdeable
    public record StatusChange(@NotNull WorkOrderStatus status, @Nullable String crew, @Nullable String notes,
                               @Nullable String checklist) {
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
        List<WorkOrderView> all = catalog.find(status, crew, dueBefore);
        return Page.of(request, all.size(), limit, offset, all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit)));
    }

    @Operation(summary = "Move a work order: assigned (crew), in_progress, done (checklist answers, notes), verified or cancelled")
    @Post("/work-orders/{id}/status")
    public WorkOrderView move(@PathVariable long id, @Valid @Body StatusChange change, HttpRequest<?> request) {
        // the sign-off of finished work is the supervisor's (Art. 16.1), and it names who signed
        if (change.status() == WorkOrderStatus.verified && !SignedIn.has(request, Role.supervisor.name())) {
            throw new ForbiddenException("only a supervisor signs a work order off");
        }
        WorkOrderView moved = catalog.view(workOrders.move(id, change.status(), change.crew(), change.notes(), change.checklist()));
        audit.record(Actor.of(request), "work-order", id, "status-" + change.status().name(), null,
                java.util.Map.of("crew", String.valueOf(change.crew())));
        return moved;
    }
}
