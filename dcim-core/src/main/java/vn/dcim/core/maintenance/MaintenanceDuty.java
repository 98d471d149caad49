package vn.dcim.core.maintenance;

import vn.dcim.core.text.Phrase;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.schedule.DutyOutcome;
import vn.dcim.core.schedule.DutyPlan;
import vn.dcim.core.schedule.RegulationDuty;

import java.time.Instant;

/** Daily: create the work orders coming due, flag those overdue (Art. 14.3). */
@DutyPlan(id = "maintenance-planning", cron = "0 0 5 * * ?",
        description = "Art. 14.3: whole system maintained at least yearly, each device at its vendor interval (months or run hours): create work orders ahead, flag overdue ones")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MaintenanceDuty extends RegulationDuty {
    private final WorkOrderPlanner planner;
    private final RunHourPlanner runHours;

    @Override
    public DutyOutcome run(Instant now) {
        WorkOrderPlanner.Planning calendar = planner.plan(now);
        // the plans due by run hours as well: an order the calendar created first stands for both
        WorkOrderPlanner.Planning planning = new WorkOrderPlanner.Planning(calendar.created() + runHours.plan(now),
                calendar.firstRuns());
        int overdue = planner.flagOverdue(now);
        Phrase told = planning.firstRuns().isEmpty()
                ? Phrase.of("duty.outcome.maintenance", "{0} work order(s) created; {1} overdue", planning.created(), overdue)
                : Phrase.of("duty.outcome.maintenance.first", "{0} work order(s) created; first planning, nothing back-dated: {1}; {2} overdue",
                        planning.created(), String.join(", ", planning.firstRuns()), overdue);
        return overdue == 0 ? DutyOutcome.ok(told) : DutyOutcome.warning(told);
    }
}
