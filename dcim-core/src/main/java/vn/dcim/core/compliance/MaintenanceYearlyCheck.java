package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import vn.dcim.core.maintenance.PlanRecords;

/** Art. 14.3: maintenance within the profile's interval (12 months): every plan has a finished work order that recent. */
@Singleton
class MaintenanceYearlyCheck extends PlanRecordsCheck {
    MaintenanceYearlyCheck(PlanRecords plans) {
        super("maintenance-yearly", "maintenance-interval-days", "maintenance", plans::all);
    }
}
