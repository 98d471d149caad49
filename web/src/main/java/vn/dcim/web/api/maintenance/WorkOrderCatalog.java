package vn.dcim.web.api.maintenance;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetRepository;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.device.MonitoredDeviceRepository;
import vn.dcim.core.maintenance.MaintenancePlan;
import vn.dcim.core.maintenance.WorkOrderStatus;
import vn.dcim.core.maintenance.MaintenancePlanRepository;
import vn.dcim.core.maintenance.WorkOrder;
import vn.dcim.core.maintenance.WorkOrderRepository;
import vn.dcim.core.maintenance.WorkOrders;

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
    private final MonitoredDeviceRepository devices;

    WorkOrderCatalog(WorkOrderRepository orders, MaintenancePlanRepository plans, AssetRepository assets, WorkOrders workOrders,
                     MonitoredDeviceRepository devices) {
        this.devices = devices;
        this.workOrders = workOrders;
        this.orders = orders;
        this.plans = plans;
        this.assets = assets;
    }

    public List<WorkOrderView> find(WorkOrderFilter f) {
        Map<Long, MaintenancePlan> planById = StreamSupport.stream(plans.findAll().spliterator(), false)
                .collect(Collectors.toMap(MaintenancePlan::id, Function.identity()));
        Map<Long, Asset> assetById = StreamSupport.stream(assets.findAll().spliterator(), false)
                .collect(Collectors.toMap(Asset::id, Function.identity()));
        Map<Long, String> assetNames = assetById.values().stream().collect(Collectors.toMap(Asset::id, Asset::name));
        Long deviceAsset = f.device() == null ? null : devices.findById(f.device()).map(MonitoredDevice::assetId).orElse(null);
        return orders.findAllOrderByDueDate().stream()
                .filter(o -> f.status() == null || o.status().name().equals(f.status()))
                .filter(o -> f.state() == null || "open".equals(f.state()) && (o.status().open() || o.status() == WorkOrderStatus.done)
                        || "done".equals(f.state()) && (o.status() == WorkOrderStatus.done || o.status() == WorkOrderStatus.verified)
                        || "all".equals(f.state()))
                .filter(o -> f.crew() == null || (o.crew() != null && vn.dcim.core.text.Folded.contains(o.crew(), f.crew())))
                .filter(o -> f.dueBefore() == null || !o.dueDate().isAfter(f.dueBefore()))
                .filter(o -> f.device() == null || f.device().equals(o.deviceId())
                        || o.deviceId() == null && o.assetId() != null && o.assetId().equals(deviceAsset))
                .filter(o -> f.asset() == null || f.asset().equals(o.assetId()))
                .filter(o -> f.rack() == null || f.rack().equals(o.rackId())
                        || o.assetId() != null && assetById.containsKey(o.assetId()) && f.rack().equals(assetById.get(o.assetId()).rackId()))
                .map(o -> view(o, planById, assetNames)).toList();
    }

    public WorkOrderView view(WorkOrder o) {
        return WorkOrderView.of(o, o.planId() == null ? null : plans.findById(o.planId()).orElseThrow(),
                o.assetId() == null ? null : assets.findById(o.assetId()).map(Asset::name).orElse(null), workOrders.readingsOf(o.id()),
                workOrders.prompts(o));
    }

    private WorkOrderView view(WorkOrder o, Map<Long, MaintenancePlan> plans, Map<Long, String> assetNames) {
        return WorkOrderView.of(o, o.planId() == null ? null : plans.get(o.planId()), o.assetId() == null ? null : assetNames.get(o.assetId()),
                workOrders.readingsOf(o.id()), List.of());
    }
}
