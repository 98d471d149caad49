package vn.dcim.core.compliance;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import static vn.dcim.core.compliance.Said.said;

import java.time.Duration;
import java.time.Instant;

/** Art. 16.2 (and seed 000 Art. 6.1b): 5 failed sign-ins within 30 minutes lock the account; the log of attempts shows it. */
@Singleton
class LoginLockoutCheck extends KeyedCheck {
    private final int attempts;
    private final Duration window;

    @jakarta.inject.Inject
    LoginLockoutCheck(@Value("${dcim.accounts.lockout.attempts:5}") int attempts, @Value("${dcim.accounts.lockout.window:30m}") Duration window) {
        this(attempts, window, "login-lockout");
    }

    LoginLockoutCheck(int attempts, Duration window, String key) {
        super(key);
        this.attempts = Math.min(attempts, 5);
        this.window = window;
    }

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        int max = profile.whole("lockout-attempts");
        int minutes = profile.whole("lockout-window-minutes");
        return Judgement.of(attempts <= max && window.toMinutes() >= minutes, said("compliance.s.lockout", "an account locks after {0} failed sign-ins within {1} minutes; the profile asks {2} within {3}",
                attempts, window.toMinutes(), max, minutes), PolicyChecks.SETTINGS, Evidence.link("compliance.ev.audit-log", "audit log", "/ui/admin#audit"));
    }
}
