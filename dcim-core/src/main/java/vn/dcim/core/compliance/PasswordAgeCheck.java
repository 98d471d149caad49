package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import vn.dcim.core.account.PasswordSettings;

import static vn.dcim.core.compliance.Said.said;

import java.time.Duration;
import java.time.Instant;

/** Art. 15.1c: operators' and administrators' passwords changed at most every 60 days. */
@Singleton
class PasswordAgeCheck extends KeyedCheck {
    private final Duration privileged;

    // the age PasswordPolicy enforces (never above 60 days)
    PasswordAgeCheck(PasswordSettings settings) {
        super("password-age");
        this.privileged = settings.maxAgePrivileged();
    }

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        int max = profile.whole("password-max-age-days");
        return Judgement.of(privileged.toDays() <= max, said("compliance.s.password-age", "privileged passwords expire after {0} days; at most {1} ({2})", privileged.toDays(), max,
                profile.citation("password-max-age-days")), PolicyChecks.SETTINGS);
    }
}
