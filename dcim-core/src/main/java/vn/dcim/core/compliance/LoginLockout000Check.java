package vn.dcim.core.compliance;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;

@Singleton
class LoginLockout000Check extends LoginLockoutCheck {
    LoginLockout000Check(@Value("${dcim.accounts.lockout.attempts:5}") int attempts, @Value("${dcim.accounts.lockout.window:30m}") Duration window) {
        super(attempts, window, "login-lockout-000");
    }
}
