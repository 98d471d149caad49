package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import vn.dcim.core.maintenance.PlanRecords;

/** Art. 6.3: fire and lightning systems inspected within the profile's interval. */
@Singleton
class FireLightningInspectedCheck extends PlanRecordsCheck {
    FireLightningInspectedCheck(PlanRecords plans) {
        super("fire-lightning-inspected", "fire-inspection-days", "fire", plans::fireAndLightning);
    }
}
