package vn.dcim.core.account;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * dcim.accounts.lockout.*: Art. 16.2 (QĐ 22/2021 Art. 6.1b): this many wrong passwords within the window lock the
 * account. Never more than 5 attempts: a larger number is taken as 5, so {@link SignIn} and the compliance view
 * read the same.
 */
@ConfigurationProperties("dcim.accounts.lockout")
public record LockoutSettings(@Bindable(defaultValue = "5") int attempts,
                              @Bindable(defaultValue = "30m") Duration window) {
    static final int MOST_ATTEMPTS = 5;

    public LockoutSettings {
        attempts = Math.min(MOST_ATTEMPTS, Math.max(1, attempts));
    }
}
