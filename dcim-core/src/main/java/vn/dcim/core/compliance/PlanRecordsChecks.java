package vn.dcim.core.compliance;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import vn.dcim.core.maintenance.PlanRecords;

import java.time.Clock;

/** The requirements on the maintenance and inspection plans (one kind each, judged by {@link PlanRecordsCheck}), as data, judged on the centre's day (its clock's zone). */
@Factory
class PlanRecordsChecks {
    /** QĐ 11/2023 Điều 6 khoản 3: fire and lightning systems inspected within the profile's interval. */
    @Singleton
    PlanRecordsCheck fireLightningInspected(PlanRecords plans, BeanProvider<Clock> clock) {
        return new PlanRecordsCheck("fire-lightning-inspected", "fire-inspection-days", "fire", plans::fireAndLightning, () -> clock.get().getZone());
    }

    /** QĐ 11/2023 Điều 14 khoản 3: maintenance within the profile's interval (12 months): every plan has a finished work order that recent. */
    @Singleton
    PlanRecordsCheck maintenanceYearly(PlanRecords plans, BeanProvider<Clock> clock) {
        return new PlanRecordsCheck("maintenance-yearly", "maintenance-interval-days", "maintenance", plans::all, () -> clock.get().getZone());
    }
}
