package vn.dcim.core.compliance;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * A check given its catalogue key by its constructor: where one judgement serves two requirements, the second
 * is the same rule under a second key (the policy settings' {@link OwnSettingCheck}), and where a family of checks
 * shares one judgement, as rules of one check (the incident register's {@link IncidentYearCheck}, the software list's
 * {@link SoftwareListCheck}, the yearly tasks' {@link YearlyTaskCheck},
 * the plans' {@link PlanRecordsCheck}) or through a base (backups).
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
abstract class KeyedCheck implements ComplianceCheck {
    private final String key;

    @Override
    public final String key() {
        return key;
    }
}
