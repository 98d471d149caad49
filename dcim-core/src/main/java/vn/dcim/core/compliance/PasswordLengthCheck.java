package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import vn.dcim.core.account.PasswordSettings;

import static vn.dcim.core.compliance.Said.said;

import java.time.Instant;

/** Art. 15.1a: at least 8 characters for users, 11 for administrators (Bắc Kạn). */
@Singleton
class PasswordLengthCheck extends KeyedCheck {
    private final int user;
    private final int admin;

    @jakarta.inject.Inject
    PasswordLengthCheck(PasswordSettings settings) {
        this(settings, "password-length");
    }

    // the numbers the sign-in enforces (PasswordPolicy reads the same settings, never below 8/11)
    PasswordLengthCheck(PasswordSettings settings, String key) {
        super(key);
        this.user = settings.minLength();
        this.admin = settings.minLengthAdmin();
    }

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        int needUser = profile.whole("password-min-user");
        int needAdmin = profile.whole("password-min-admin");
        return Judgement.of(user >= needUser && admin >= needAdmin, said("compliance.s.password-length", "passwords of at least {0} characters (administrators {1}), four character classes; the profile asks {2}/{3} ({4})",
                user, admin, needUser, needAdmin, profile.citation("password-min-user")), PolicyChecks.SETTINGS);
    }
}
