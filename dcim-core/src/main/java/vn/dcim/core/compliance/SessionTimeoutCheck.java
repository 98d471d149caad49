package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import vn.dcim.core.account.AccountSettings;

import static vn.dcim.core.compliance.Said.said;

import java.time.Duration;
import java.time.Instant;

/** QĐ 22/2021 Art. 6.2a: a session idle 10 minutes is signed out. */
@Singleton
class SessionTimeoutCheck extends KeyedCheck {
    private final Duration idle;

    SessionTimeoutCheck(AccountSettings settings) {
        super("session-timeout");
        this.idle = settings.sessionIdleTimeout();
    }

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        int max = profile.whole("session-timeout-minutes");
        return Judgement.of(idle.toMinutes() <= max, said("compliance.s.session-timeout", "sessions idle {0} minutes are signed out (DCIM_SESSION_IDLE_TIMEOUT); at most {1}",
                idle.toMinutes(), max), PolicyChecks.SETTINGS);
    }
}
