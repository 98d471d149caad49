package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.maintenance.PlanRecords;

import java.time.Instant;

/** Art. 14.3: maintenance within the profile's interval (12 months): every plan has a finished work order that recent. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MaintenanceYearlyCheck implements ComplianceCheck {
    private final PlanRecords plans;

    @Override
    public String key() {
        return "maintenance-yearly";
    }

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        int days = profile.whole("maintenance-interval-days");
        return MaintenanceRecords.judge(plans.all(), now, days, "maintenance");
    }
}
