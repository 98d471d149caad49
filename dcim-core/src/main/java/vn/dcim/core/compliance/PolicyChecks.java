package vn.dcim.core.compliance;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import vn.dcim.core.account.AccountSettings;
import vn.dcim.core.account.LockoutSettings;
import vn.dcim.core.account.PasswordSettings;

import java.util.List;

import static vn.dcim.core.compliance.OwnSettingCheck.Bound.atLeast;
import static vn.dcim.core.compliance.OwnSettingCheck.Bound.atMost;

/**
 * The checks of the product's own policy, as data: requirements the product enforces on itself, each its settings
 * held against the policy profile's figures ({@link OwnSettingCheck}). The settings are the ones the sign-in enforces
 * (PasswordPolicy and SignIn read the same records, clamped to the Bắc Kạn floor: 8/11 characters, 60 days, 5
 * attempts). Where one judgement serves two requirements, the second is the same rule under its own catalogue key.
 */
@Factory
class PolicyChecks {
    static final Evidence SETTINGS = Evidence.link("compliance.ev.accounts-and-sign-in-settings", "accounts and sign-in settings", "/ui/admin");
    static final Evidence AUDIT_LOG = Evidence.link("compliance.ev.audit-log", "audit log", "/ui/admin#audit");

    /** QĐ 11/2023 Điều 15 khoản 1 điểm a: at least 8 characters for users, 11 for administrators (Bắc Kạn). */
    @Singleton
    OwnSettingCheck passwordLength(PasswordSettings settings) {
        return passwordLength("password-length", settings);
    }

    /** QĐ 22/2021 Điều 6 khoản 2 điểm c: length from 8 with lower, upper, digit and special characters. */
    @Singleton
    OwnSettingCheck passwordComplexity(PasswordSettings settings) {
        return passwordLength("password-complexity", settings);
    }

    /** QĐ 11/2023 Điều 15 khoản 1 điểm c: operators' and administrators' passwords changed at most every 60 days. */
    @Singleton
    OwnSettingCheck passwordAge(PasswordSettings settings) {
        return new OwnSettingCheck("password-age", List.of(atMost(settings.maxAgePrivileged().toDays(), "password-max-age-days")),
                "compliance.s.password-age", "privileged passwords expire after {0} days; at most {1} ({2})", true, SETTINGS);
    }

    /** QĐ 11/2023 Điều 16 khoản 2: 5 failed sign-ins within 30 minutes lock the account; the log of attempts shows it. */
    @Singleton
    OwnSettingCheck loginLockout(LockoutSettings settings) {
        return loginLockout("login-lockout", settings);
    }

    /** QĐ 22/2021 Điều 6 khoản 1 điểm b: the same lockout, as the 2021 decision asks it. */
    @Singleton
    OwnSettingCheck loginLockoutQd22(LockoutSettings settings) {
        return loginLockout("login-lockout-000", settings);
    }

    /** QĐ 22/2021 Điều 6 khoản 2 điểm a: a session idle 10 minutes is signed out. */
    @Singleton
    OwnSettingCheck sessionTimeout(AccountSettings settings) {
        return new OwnSettingCheck("session-timeout", List.of(atMost(settings.sessionIdleTimeout().toMinutes(), "session-timeout-minutes")),
                "compliance.s.session-timeout", "sessions idle {0} minutes are signed out (DCIM_SESSION_IDLE_TIMEOUT); at most {1}", false, SETTINGS);
    }

    private static OwnSettingCheck passwordLength(String key, PasswordSettings settings) {
        return new OwnSettingCheck(key, List.of(atLeast(settings.minLength(), "password-min-user"), atLeast(settings.minLengthAdmin(), "password-min-admin")),
                "compliance.s.password-length", "passwords of at least {0} characters (administrators {1}), four character classes; the profile asks {2}/{3} ({4})",
                true, SETTINGS);
    }

    private static OwnSettingCheck loginLockout(String key, LockoutSettings settings) {
        return new OwnSettingCheck(key, List.of(atMost(settings.attempts(), "lockout-attempts"), atLeast(settings.window().toMinutes(), "lockout-window-minutes")),
                "compliance.s.lockout", "an account locks after {0} failed sign-ins within {1} minutes; the profile asks {2} within {3}",
                false, SETTINGS, AUDIT_LOG);
    }
}
