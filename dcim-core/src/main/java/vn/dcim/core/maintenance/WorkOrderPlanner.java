package vn.dcim.core.maintenance;

import jakarta.inject.Singleton;
import vn.dcim.core.alarm.AlarmUpdates;
import vn.dcim.core.alarm.Severity;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetRepository;
import vn.dcim.core.asset.AssetStatus;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * Turns plans into work orders ahead of time (each plan's lead time before its due date), once per
 * plan, equipment and due date; raises an alarm for an open order past its due date (Art. 14.3).
 */
@Singleton
public class WorkOrderPlanner {
    private final MaintenancePlanRepository plans;
    private final WorkOrderRepository orders;
    private final AssetRepository assets;
    private final AlarmUpdates alarms;
    private final ZoneId zone;

    WorkOrderPlanner(MaintenancePlanRepository plans, WorkOrderRepository orders, AssetRepository assets,
                     AlarmUpdates alarms, Clock clock) {
        this.plans = plans;
        this.orders = orders;
        this.assets = assets;
        this.alarms = alarms;
        this.zone = clock.getZone();
    }

    /** Creates the work orders whose creation time has come by {@code now}; returns how many. */
    public int planUpTo(Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        int created = 0;
        for (MaintenancePlan plan : plans.findAll()) {
            LocalDate from = today.minusMonths(plan.everyMonths()).plusDays(1);
            for (LocalDate due : DuePeriods.between(plan.everyMonths(), from, today.plusDays(plan.leadDays()))) {
                for (Long assetId : targets(plan)) {
                    boolean exists = assetId == null ? orders.existsByPlanIdAndAssetIdIsNullAndDueDate(plan.id(), due)
                            : orders.existsByPlanIdAndAssetIdAndDueDate(plan.id(), assetId, due);
                    if (!exists) {
                        orders.save(new WorkOrder(null, plan.id(), assetId, due, WorkOrderStatus.planned, null, null, null,
                                null, null, null, null, null));
                        created++;
                    }
                }
            }
        }
        return created;
    }

    /** Raises the overdue alarm of every open order past its due date, clears it for the others. */
    public int flagOverdue(Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        int overdue = 0;
        for (WorkOrder o : orders.findAllOrderByDueDate()) {
            boolean late = o.status().open() && today.isAfter(o.dueDate());
            overdue += late ? 1 : 0;
            alarms.set("work-order-" + o.id(), "maintenance.overdue", "0", Severity.minor, "Art. 14.3",
                    late ? "Work order " + o.id() + " was due " + o.dueDate() + " and is still " + o.status() : null);
        }
        return overdue;
    }

    private List<Long> targets(MaintenancePlan plan) {
        List<Long> out = new ArrayList<>();
        if (plan.assetId() != null) {
            out.add(plan.assetId());
        } else if (plan.assetKind() != null) {
            StreamSupport.stream(assets.findAll().spliterator(), false)
                    .filter(a -> a.kind() == plan.assetKind() && EnumSet.of(AssetStatus.in_service, AssetStatus.faulty,
                            AssetStatus.under_repair).contains(a.status()))
                    .map(Asset::id).forEach(out::add);
        } else {
            out.add(null);
        }
        return out;
    }
}
