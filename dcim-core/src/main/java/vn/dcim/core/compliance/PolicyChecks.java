package vn.dcim.core.compliance;

/**
 * What the checks of the product's own policy share: requirements the product enforces on itself, judged
 * from its own settings against the policy profile (PasswordLengthCheck, PasswordAgeCheck,
 * LoginLockoutCheck, SessionTimeoutCheck: Art. 15, 16, QĐ 22/2021 Art. 6; EncryptedAtRestCheck,
 * EncryptedTransmissionCheck: Art. 30.7c, 25.3). Settings always exist, so these never lack data.
 */
final class PolicyChecks {
    private PolicyChecks() {
    }

    static final Evidence SETTINGS = Evidence.link("compliance.ev.accounts-and-sign-in-settings", "accounts and sign-in settings", "/ui/admin");
}
