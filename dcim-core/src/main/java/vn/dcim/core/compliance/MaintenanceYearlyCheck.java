package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import vn.dcim.core.db.Jdbc;

import java.time.Instant;

/** Art. 14.3: maintenance within the profile's interval (12 months): every plan has a finished work order that recent. */
@Singleton
class MaintenanceYearlyCheck implements ComplianceCheck {
    private final Jdbc jdbc;

    MaintenanceYearlyCheck(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String key() {
        return "maintenance-yearly";
    }

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        int days = profile.whole("maintenance-interval-days");
        return MaintenanceRecords.judge(jdbc, now, days, "FROM maintenance_plan p", "maintenance");
    }
}
