package vn.dcim.core.maintenance;

import jakarta.inject.Singleton;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetRepository;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The plans due by run hours as well as by calendar: a plan with {@code everyRunHours} also falls due
 * when its equipment has run that many hours since its last order was finished (or, never served, in
 * the history kept). The order is created ahead as a calendar one is: when the recent pace (hours a
 * day over {@code pace-days}) reaches the threshold within the plan's lead days, due on the day it is
 * reached. One open order per plan and equipment at a time: whichever of calendar and hours comes
 * first, the other waits for it to be done, and finishing it starts the count again.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RunHourPlanner {
    /** Never served: the count starts as far back as the hourly time-in-state roll-ups go. */
    static final Duration HISTORY = Duration.ofDays(5 * 366);

    private final MaintenancePlanRepository plans;
    private final WorkOrderRepository orders;
    private final WorkOrderPlanner planner;
    private final RunHours runHours;
    private final RunHourSettings settings;
    private final Clock clock;
    private final AssetRepository assets;

    /** Where one piece of equipment stands against a run-hour plan. */
    public record Standing(MaintenancePlan plan, long assetId, String equipment, Instant since, double hoursRun,
                           double hoursPerDay, Optional<LocalDate> dueOn) {
    }

    /** Creates the orders coming due by run hours at {@code now}; returns how many. */
    public int plan(Instant now) {
        int created = 0;
        for (MaintenancePlan plan : plans.findAll()) {
            if (plan.everyRunHours() == null || plan.everyRunHours() <= 0) {
                continue;
            }
            for (Long assetId : planner.targets(plan)) {
                if (assetId == null) {
                    continue; // the whole system has no run hours
                }
                List<WorkOrder> own = orders.findByPlanId(plan.id()).stream()
                        .filter(o -> Objects.equals(o.assetId(), assetId)).toList();
                if (own.stream().anyMatch(o -> o.status().open())) {
                    continue;
                }
                Optional<LocalDate> due = standing(plan, assetId, own, now).dueOn();
                if (due.isPresent() && !orders.existsByPlanIdAndAssetIdAndDueDate(plan.id(), assetId, due.get())) {
                    orders.save(WorkOrder.planned(plan.id(), assetId, planner.deviceOf(assetId), due.get()));
                    created++;
                }
            }
        }
        return created;
    }

    /** Every piece of equipment under a run-hour plan, where it stands now (the planners' screen and API). */
    public List<Standing> standings(Instant now) {
        List<Standing> out = new java.util.ArrayList<>();
        for (MaintenancePlan plan : plans.findAll()) {
            if (plan.everyRunHours() != null && plan.everyRunHours() > 0) {
                planner.targets(plan).stream().filter(Objects::nonNull).forEach(a -> out.add(standing(plan, a, now)));
            }
        }
        return out;
    }

    /** Hours run since the last finished order of this plan, the pace, and the day the threshold falls due if within the lead. */
    public Standing standing(MaintenancePlan plan, long assetId, Instant now) {
        return standing(plan, assetId, orders.findByPlanId(plan.id()).stream()
                .filter(o -> Objects.equals(o.assetId(), assetId)).toList(), now);
    }

    private Standing standing(MaintenancePlan plan, long assetId, List<WorkOrder> own, Instant now) {
        ZoneId zone = clock.getZone();
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant since = own.stream().map(WorkOrder::finishedAt).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(now.minus(HISTORY));
        double ran = runHours.of(assetId, since, now);
        Instant paceFrom = now.minus(Duration.ofDays(settings.getPaceDays()));
        double pace = runHours.of(assetId, paceFrom.isBefore(since) ? since : paceFrom, now)
                / Math.max(1.0 / 24, Duration.between(paceFrom.isBefore(since) ? since : paceFrom, now).toMinutes() / 1440.0);
        double left = plan.everyRunHours() - ran;
        Optional<LocalDate> due = Optional.empty();
        if (left <= 0) {
            due = Optional.of(today);
        } else if (pace > 0) {
            long days = (long) Math.ceil(left / pace);
            if (days <= plan.leadDays()) {
                due = Optional.of(today.plusDays(days));
            }
        }
        return new Standing(plan, assetId, assets.findById(assetId).map(Asset::name).orElse("#" + assetId), since, ran, pace, due);
    }
}
