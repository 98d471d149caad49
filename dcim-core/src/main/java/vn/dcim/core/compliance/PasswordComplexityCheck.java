package vn.dcim.core.compliance;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** Seed 000 Art. 6.2c: length from 8 with lower, upper, digit and special characters. */
@Singleton
class PasswordComplexityCheck extends PasswordLengthCheck {
    PasswordComplexityCheck(@Value("${dcim.accounts.password.min-length:8}") int user, @Value("${dcim.accounts.password.min-length-admin:11}") int admin) {
        super(user, admin, "password-complexity");
    }
}
