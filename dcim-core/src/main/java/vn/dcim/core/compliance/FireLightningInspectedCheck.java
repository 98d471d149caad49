package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.maintenance.PlanRecords;

import java.time.Instant;

/** Art. 6.3: fire and lightning systems inspected within the profile's interval. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FireLightningInspectedCheck implements ComplianceCheck {
    private final PlanRecords plans;

    @Override
    public String key() {
        return "fire-lightning-inspected";
    }

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        int days = profile.whole("fire-inspection-days");
        return MaintenanceRecords.judge(plans.fireAndLightning(), now, days, "fire");
    }
}
