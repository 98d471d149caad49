package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;

import java.time.Instant;

/** Art. 6.3: fire and lightning systems inspected within the profile's interval. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FireLightningInspectedCheck implements ComplianceCheck {
    private final Jdbc jdbc;

    @Override
    public String key() {
        return "fire-lightning-inspected";
    }

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        int days = profile.whole("fire-inspection-days");
        return MaintenanceRecords.judge(jdbc, now, days, "FROM maintenance_plan p WHERE p.article LIKE '%6.3%' "
                + "OR LOWER(p.name) LIKE '%fire%' OR LOWER(p.name) LIKE '%lightning%' OR LOWER(p.name) LIKE '%chữa cháy%' OR LOWER(p.name) LIKE '%chống sét%'",
                "fire");
    }
}
