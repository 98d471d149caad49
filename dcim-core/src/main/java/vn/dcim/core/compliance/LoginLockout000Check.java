package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import vn.dcim.core.account.LockoutSettings;

@Singleton
class LoginLockout000Check extends LoginLockoutCheck {
    LoginLockout000Check(LockoutSettings settings) {
        super(settings, "login-lockout-000");
    }
}
