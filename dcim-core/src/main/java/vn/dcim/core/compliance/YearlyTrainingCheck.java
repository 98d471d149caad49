package vn.dcim.core.compliance;

import jakarta.inject.Singleton;

/** Art. 32.2: Plan, and every year run, basic security training for users. */
@Singleton
class YearlyTrainingCheck extends YearlyTaskCheck {
    YearlyTrainingCheck(ComplianceTaskRepository tasks) {
        super("yearly-training", tasks, YearlyTask.security_training);
    }
}
