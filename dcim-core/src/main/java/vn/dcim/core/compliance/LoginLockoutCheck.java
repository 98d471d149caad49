package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import vn.dcim.core.account.LockoutSettings;

import static vn.dcim.core.compliance.Said.said;

import java.time.Duration;
import java.time.Instant;

/** Art. 16.2 (and QĐ 22/2021 Art. 6.1b): 5 failed sign-ins within 30 minutes lock the account; the log of attempts shows it. */
@Singleton
class LoginLockoutCheck extends KeyedCheck {
    private final int attempts;
    private final Duration window;

    @jakarta.inject.Inject
    LoginLockoutCheck(LockoutSettings settings) {
        this(settings, "login-lockout");
    }

    LoginLockoutCheck(LockoutSettings settings, String key) {
        super(key);
        // the numbers SignIn enforces (never more than 5 attempts)
        this.attempts = settings.attempts();
        this.window = settings.window();
    }

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        int max = profile.whole("lockout-attempts");
        int minutes = profile.whole("lockout-window-minutes");
        return Judgement.of(attempts <= max && window.toMinutes() >= minutes, said("compliance.s.lockout", "an account locks after {0} failed sign-ins within {1} minutes; the profile asks {2} within {3}",
                attempts, window.toMinutes(), max, minutes), PolicyChecks.SETTINGS, Evidence.link("compliance.ev.audit-log", "audit log", "/ui/admin#audit"));
    }
}
