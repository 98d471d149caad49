package vn.dcim.core.compliance;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import static vn.dcim.core.compliance.Said.said;

import java.time.Instant;

/** Art. 15.1a: at least 8 characters for users, 11 for administrators (Bắc Kạn). */
@Singleton
class PasswordLengthCheck extends KeyedCheck {
    private final int user;
    private final int admin;

    @jakarta.inject.Inject
    PasswordLengthCheck(@Value("${dcim.accounts.password.min-length:8}") int user, @Value("${dcim.accounts.password.min-length-admin:11}") int admin) {
        this(user, admin, "password-length");
    }

    PasswordLengthCheck(int user, int admin, String key) {
        super(key);
        // PasswordPolicy never goes below 8/11 whatever is configured: judge what it enforces
        this.user = Math.max(8, user);
        this.admin = Math.max(11, admin);
    }

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        int needUser = profile.whole("password-min-user");
        int needAdmin = profile.whole("password-min-admin");
        return Judgement.of(user >= needUser && admin >= needAdmin, said("compliance.s.password-length", "passwords of at least {0} characters (administrators {1}), four character classes; the profile asks {2}/{3} ({4})",
                user, admin, needUser, needAdmin, profile.citation("password-min-user")), PolicyChecks.SETTINGS);
    }
}
