package vn.dcim.web.api.maintenance;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetRepository;
import vn.dcim.core.maintenance.MaintenancePlan;
import vn.dcim.core.maintenance.MaintenancePlanRepository;
import vn.dcim.core.maintenance.WorkOrder;
import vn.dcim.core.maintenance.WorkOrderRepository;
import vn.dcim.core.maintenance.WorkOrders;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** Work orders with their plan and equipment names, filtered as the API and the crew screen ask. */
@Singleton
public class WorkOrderCatalog {
    private final WorkOrderRepository orders;
    private final MaintenancePlanRepository plans;
    private final AssetRepository assets;
    private final WorkOrders workOrders;

    WorkOrderCatalog(WorkOrderRepository orders, MaintenancePlanRepository plans, AssetRepository assets, WorkOrders workOrders) {
        this.workOrders = workOrders;
        this.orders = orders;
        this.plans = plans;
        this.assets = assets;
    }

    public List<WorkOrderView> find(@Nullable String status, @Nullable String crew, @Nullable LocalDate dueBefore) {
        Map<Long, MaintenancePlan> planById = StreamSupport.stream(plans.findAll().spliterator(), false)
                .collect(Collectors.toMap(MaintenancePlan::id, Function.identity()));
        Map<Long, String> assetNames = StreamSupport.stream(assets.findAll().spliterator(), false)
                .collect(Collectors.toMap(Asset::id, Asset::name));
        return orders.findAllOrderByDueDate().stream()
                .filter(o -> status == null || o.status().name().equals(status))
                .filter(o -> crew == null || (o.crew() != null && vn.dcim.core.text.Folded.contains(o.crew(), crew)))
                .filter(o -> dueBefore == null || !o.dueDate().isAfter(dueBefore))
                .map(o -> view(o, planById, assetNames)).toList();
    }

    public WorkOrderView view(WorkOrder o) {
        return WorkOrderView.of(o, plans.findById(o.planId()).orElseThrow(),
                o.assetId() == null ? null : assets.findById(o.assetId()).map(Asset::name).orElse(null), workOrders.readingsOf(o.id()));
    }

    private WorkOrderView view(WorkOrder o, Map<Long, MaintenancePlan> plans, Map<Long, String> assetNames) {
        return WorkOrderView.of(o, plans.get(o.planId()), o.assetId() == null ? null : assetNames.get(o.assetId()),
                workOrders.readingsOf(o.id()));
    }
}
