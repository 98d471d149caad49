package vn.dcim.core.maintenance;

import vn.dcim.core.text.Phrase;

import jakarta.inject.Singleton;
import vn.dcim.core.schedule.DutyOutcome;
import vn.dcim.core.schedule.RegulationDuty;

import java.time.Instant;

/** Daily: create the work orders coming due, flag those overdue (Art. 14.3). */
@Singleton
public class MaintenanceDuty extends RegulationDuty {
    private final WorkOrderPlanner planner;

    MaintenanceDuty(WorkOrderPlanner planner) {
        super("maintenance-planning",
                "Art. 14.3: whole system maintained at least yearly, each device at its vendor interval: create work orders ahead, flag overdue ones",
                "0 0 5 * * ?");
        this.planner = planner;
    }

    @Override
    public DutyOutcome run(Instant now) {
        WorkOrderPlanner.Planning planning = planner.plan(now);
        int overdue = planner.flagOverdue(now);
        Phrase told = planning.firstRuns().isEmpty()
                ? Phrase.of("duty.outcome.maintenance", "{0} work order(s) created; {1} overdue", planning.created(), overdue)
                : Phrase.of("duty.outcome.maintenance.first", "{0} work order(s) created; first planning, nothing back-dated: {1}; {2} overdue",
                        planning.created(), String.join(", ", planning.firstRuns()), overdue);
        return overdue == 0 ? DutyOutcome.ok(told) : DutyOutcome.warning(told);
    }
}
