package vn.dcim.core.compliance;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The requirements on the yearly tasks (one kind each, judged by {@link YearlyTaskCheck}), as data, judged on the centre's day (its clock's zone). */
@Factory
class YearlyTaskChecks {
    /** QĐ 11/2023 Điều 24 khoản 4: every year, check for and scan malware across the whole system. */
    @Singleton
    YearlyTaskCheck yearlyMalwareScan(ComplianceTaskRepository tasks, BeanProvider<Clock> clock) {
        return new YearlyTaskCheck("yearly-malware-scan", tasks, YearlyTask.malware_scan, () -> clock.get().getZone());
    }

    /** QĐ 11/2023 Điều 27 khoản 6: every year, assess the vulnerabilities of the whole information system. */
    @Singleton
    YearlyTaskCheck yearlyVulnerabilityAssessment(ComplianceTaskRepository tasks, BeanProvider<Clock> clock) {
        return new YearlyTaskCheck("yearly-vulnerability-assessment", tasks, YearlyTask.vulnerability_assessment, () -> clock.get().getZone());
    }

    /** QĐ 11/2023 Điều 32 khoản 2: plan, and every year run, basic security training for users. */
    @Singleton
    YearlyTaskCheck yearlyTraining(ComplianceTaskRepository tasks, BeanProvider<Clock> clock) {
        return new YearlyTaskCheck("yearly-training", tasks, YearlyTask.security_training, () -> clock.get().getZone());
    }
}
