package vn.dcim.core.account;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * dcim.accounts.*: how long an idle session lives (QĐ 22/2021 Art. 6.2a: 10 minutes), after how many days without a
 * sign-in an account is suspended (Art. 16.3: 30 at most), and how many sign-in attempts one address may make a
 * minute. The password and lockout numbers are {@link PasswordSettings} and {@link LockoutSettings}.
 */
@ConfigurationProperties("dcim.accounts")
public record AccountSettings(@Bindable(defaultValue = "10m") Duration sessionIdleTimeout,
                              @Bindable(defaultValue = "30") int idleDays,
                              @Bindable(defaultValue = "20") int loginAttemptsPerMinute) {
    /** Art. 16.3: an account unused for 30 days is suspended. */
    static final int MOST_IDLE_DAYS = 30;

    public AccountSettings {
        idleDays = Math.min(MOST_IDLE_DAYS, Math.max(1, idleDays));
    }
}
