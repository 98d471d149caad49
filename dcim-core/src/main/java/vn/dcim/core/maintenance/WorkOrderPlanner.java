package vn.dcim.core.maintenance;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.alarm.AlarmUpdates;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetRepository;
import vn.dcim.core.asset.AssetStatus;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.device.MonitoredDeviceRepository;
import vn.dcim.core.text.Phrase;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * Turns plans into work orders ahead of time (each plan's lead time before its due date), once per
 * plan, equipment and due date; raises an alarm for an open order past its due date (Art. 14.3).
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class WorkOrderPlanner {
    private final MaintenancePlanRepository plans;
    private final WorkOrderRepository orders;
    private final AssetRepository assets;
    private final AlarmUpdates alarms;
    private final Clock clock;
    private final MonitoredDeviceRepository devices;

    /** Creates the work orders whose creation time has come by {@code now}; returns how many. */
    public int planUpTo(Instant now) {
        return plan(now).created();
    }

    /**
     * Creates the work orders whose creation time has come by {@code now}. A plan's first run for a
     * piece of equipment starts at the plan's first due date from today on: an order due before the
     * product knew the equipment would be overdue the moment it exists (the first run once back-dated
     * an order to 2025-12-15 and raised 7 overdue alarms). Later runs look back one interval, but not
     * before the latest order, so a day the duty did not run loses nothing and nothing is back-dated.
     */
    public Planning plan(Instant now) {
        LocalDate today = now.atZone(clock.getZone()).toLocalDate();
        int created = 0;
        List<String> firstRuns = new ArrayList<>();
        for (MaintenancePlan plan : plans.findAll()) {
            LocalDate until = today.plusDays(plan.leadDays());
            LocalDate lookBack = today.minusMonths(plan.everyMonths()).plusDays(1);
            for (Long assetId : targets(plan)) {
                // the latest order of this plan and equipment: a run looks back no further, so a yearly
                // plan's second run does not fill in the year before its first due date
                LocalDate latest = orders.findByPlanId(plan.id()).stream()
                        .filter(o -> java.util.Objects.equals(o.assetId(), assetId))
                        .map(WorkOrder::dueDate).max(LocalDate::compareTo).orElse(null);
                boolean first = latest == null;
                LocalDate from = first ? today : latest.isAfter(lookBack) ? latest : lookBack;
                List<LocalDate> dues = DuePeriods.between(plan.everyMonths(), from, until);
                if (first) {
                    LocalDate firstDue = dues.isEmpty() ? DuePeriods.between(plan.everyMonths(), today,
                            today.plusMonths(plan.everyMonths())).get(0) : dues.get(0);
                    firstRuns.add(plan.code() + (assetId == null ? "" : " #" + assetId) + " from " + firstDue);
                }
                for (LocalDate due : dues) {
                    boolean exists = assetId == null ? orders.existsByPlanIdAndAssetIdIsNullAndDueDate(plan.id(), due)
                            : orders.existsByPlanIdAndAssetIdAndDueDate(plan.id(), assetId, due);
                    if (!exists) {
                        // the equipment's device goes with the order, so its readings before and after are taken (Art. 14.4)
                        orders.save(WorkOrder.planned(plan.id(), assetId, deviceOf(assetId), due));
                        created++;
                    }
                }
            }
        }
        return new Planning(created, firstRuns);
    }

    /**
     * What a planning run did; {@code firstRuns} names each plan and equipment planned for the first
     * time and the due date it starts from, which the duty's outcome reports.
     */
    public record Planning(int created, List<String> firstRuns) {
        public String describe() {
            return created + " work order(s) created" + (firstRuns.isEmpty() ? ""
                    : "; first planning, nothing back-dated: " + String.join(", ", firstRuns));
        }
    }

    /** Raises the overdue alarm of every open order past its due date, clears it for the others. */
    public int flagOverdue(Instant now) {
        LocalDate today = now.atZone(clock.getZone()).toLocalDate();
        int overdue = 0;
        for (WorkOrder o : orders.findAllOrderByDueDate()) {
            boolean late = o.status().open() && today.isAfter(o.dueDate());
            overdue += late ? 1 : 0;
            OverdueAlarm.set(alarms, o.id(), late ? Phrase.of("alarm.text.workorder.overdue", "Work order {0} was due {1} and is still {2}",
                    o.id(), o.dueDate(), Phrase.enumValue("workorder", o.status())) : null);
        }
        return overdue;
    }

    /** The monitored device behind a piece of equipment (the first, if several measure it); null for none or the whole system. */
    String deviceOf(Long assetId) {
        return assetId == null ? null : devices.findByAssetId(assetId).stream().map(MonitoredDevice::id).sorted()
                .findFirst().orElse(null);
    }

    /** The equipment a plan covers: its one item, every item of its kind in service, or (null) the whole system. */
    List<Long> targets(MaintenancePlan plan) {
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
