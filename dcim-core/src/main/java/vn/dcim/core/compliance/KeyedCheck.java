package vn.dcim.core.compliance;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * A check whose catalogue key is given rather than fixed: one judgement serves two requirements, the
 * second under its own key through a subclass (LoginLockout000Check, PasswordComplexityCheck,
 * LicenceExpiryManagedCheck, SecurityIncidentsClassifiedCheck).
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
abstract class KeyedCheck implements ComplianceCheck {
    private final String key;

    @Override
    public final String key() {
        return key;
    }
}
