package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import vn.dcim.core.account.PasswordSettings;

/** QĐ 22/2021 Art. 6.2c: length from 8 with lower, upper, digit and special characters. */
@Singleton
class PasswordComplexityCheck extends PasswordLengthCheck {
    PasswordComplexityCheck(PasswordSettings settings) {
        super(settings, "password-complexity");
    }
}
