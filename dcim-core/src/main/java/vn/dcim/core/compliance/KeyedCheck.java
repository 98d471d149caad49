package vn.dcim.core.compliance;

/**
 * A check whose catalogue key is given rather than fixed: one judgement serves two requirements, the
 * second under its own key through a subclass (LoginLockout000Check, PasswordComplexityCheck,
 * LicenceExpiryManagedCheck, SecurityIncidentsClassifiedCheck).
 */
abstract class KeyedCheck implements ComplianceCheck {
    private final String key;

    KeyedCheck(String key) {
        this.key = key;
    }

    @Override
    public final String key() {
        return key;
    }
}
