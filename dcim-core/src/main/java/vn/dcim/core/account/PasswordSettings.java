package vn.dcim.core.account;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * dcim.accounts.password.*: the numbers of the password rules (Art. 15.1; QĐ 22/2021 Art. 6.1–6.2). A site may be
 * stricter, never looser: a looser value is taken at the regulation's bound here, so the sign-in that enforces
 * them ({@link PasswordPolicy}) and the compliance view that judges them read the same numbers.
 */
@ConfigurationProperties("dcim.accounts.password")
public record PasswordSettings(@Bindable(defaultValue = "8") int minLength,
                               @Bindable(defaultValue = "11") int minLengthAdmin,
                               @Bindable(defaultValue = "5") int history,
                               @Bindable(defaultValue = "60d") Duration maxAgePrivileged,
                               @Bindable(defaultValue = "90d") Duration maxAgeOther) {
    /** Art. 15.1a: at least 8 characters, 11 for administrators (Bắc Kạn). */
    static final int LEAST_LENGTH = 8;
    static final int LEAST_LENGTH_ADMIN = 11;
    /** QĐ 22/2021 Art. 6.2b: none of the last 5 passwords again. */
    static final int LEAST_HISTORY = 5;
    /** Art. 15.1c: operators' and administrators' passwords changed every 60 days at most; the others' every 90. */
    static final Duration MOST_AGE_PRIVILEGED = Duration.ofDays(60);
    static final Duration MOST_AGE_OTHER = Duration.ofDays(90);

    public PasswordSettings {
        minLength = Math.max(LEAST_LENGTH, minLength);
        minLengthAdmin = Math.max(LEAST_LENGTH_ADMIN, minLengthAdmin);
        history = Math.max(LEAST_HISTORY, history);
        maxAgePrivileged = shorter(maxAgePrivileged, MOST_AGE_PRIVILEGED);
        maxAgeOther = shorter(maxAgeOther, MOST_AGE_OTHER);
    }

    private static Duration shorter(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }
}
