package vn.dcim.web.api.maintenance;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetRegistry;
import vn.dcim.core.db.Paged;
import vn.dcim.core.maintenance.MaintenancePlan;
import vn.dcim.core.maintenance.WorkOrder;
import vn.dcim.core.maintenance.WorkOrderFilter;
import vn.dcim.core.maintenance.WorkOrders;
import vn.dcim.core.maintenance.WorkOrdersWithin;
import vn.dcim.core.scope.Scope;
import vn.dcim.web.scope.ScopedOperations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Work orders with their plan and equipment names, as the API and the crew screen show them; core finds them. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class WorkOrderCatalog {
    private final WorkOrders workOrders;
    private final AssetRegistry assets;
    private final ScopedOperations scoped;

    /** Every order the filter finds, soonest due first. */
    public List<WorkOrderView> find(WorkOrderFilter f) {
        return views(workOrders.find(f));
    }

    /** Every order the filter finds inside an account's scope ({@code within} null: every order), soonest due first. */
    public List<WorkOrderView> find(WorkOrderFilter f, @Nullable WorkOrdersWithin within) {
        return views(workOrders.find(f, within));
    }

    /** Every order the filter finds that a reader's scope admits, soonest due first. */
    public List<WorkOrderView> find(WorkOrderFilter f, Scope scope) {
        return find(f, scope.limited() ? scoped.workOrders(scope) : null);
    }

    /** A page of the orders the filter finds; {@code crewOnly} keeps a technician to their crew's and the unassigned ones. */
    public Paged<WorkOrderView> find(WorkOrderFilter f, @Nullable String crewOnly, @Nullable WorkOrdersWithin within, int limit, int offset) {
        Paged<WorkOrder> page = workOrders.find(f, crewOnly, within, limit, offset);
        return new Paged<>(page.count(), views(page.items()));
    }

    public WorkOrderView view(WorkOrder o) {
        return WorkOrderView.of(o, o.planId() == null ? null : workOrders.plan(o.planId()).orElseThrow(),
                o.assetId() == null ? null : assets.find(o.assetId()).map(Asset::name).orElse(null), workOrders.readingsOf(o.id()),
                workOrders.prompts(o));
    }

    /** The orders with their plans and equipment names, each plan and asset read once. */
    private List<WorkOrderView> views(List<WorkOrder> orders) {
        if (orders.isEmpty()) {
            return List.of();
        }
        Map<Long, MaintenancePlan> plans = workOrders.plans().stream()
                .collect(Collectors.toMap(MaintenancePlan::id, Function.identity()));
        Map<Long, String> assetNames = new HashMap<>();
        orders.stream().map(WorkOrder::assetId).filter(id -> id != null).distinct()
                .forEach(id -> assets.find(id).ifPresent(a -> assetNames.put(id, a.name())));
        return orders.stream().map(o -> WorkOrderView.of(o, o.planId() == null ? null : plans.get(o.planId()),
                o.assetId() == null ? null : assetNames.get(o.assetId()), workOrders.readingsOf(o.id()), List.of())).toList();
    }
}
