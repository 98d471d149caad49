package vn.dcim.core.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

@MappedEntity("account")
public record Account(@Id @GeneratedValue @Nullable Long id, String username, String systemName,
                      @Nullable String fullName, AccountStatus status, @Nullable Instant lastLogin,
                      @Nullable LocalDate validUntil, @Nullable Instant createdAt, @Nullable Instant suspendedAt,
                      @Nullable String suspendedWhy) {

    /**
     * How long the account has been idle at {@code now} (Art. 16.3): since its last sign-in, else since its creation,
     * so an account never used is idle from the day it was made; null when neither is known.
     */
    public @Nullable Duration idleAt(Instant now) {
        Instant since = lastLogin != null ? lastLogin : createdAt;
        return since == null ? null : Duration.between(since, now);
    }

    Account suspend(Instant at, String why) {
        return new Account(id, username, systemName, fullName, AccountStatus.suspended, lastLogin, validUntil,
                createdAt, at, why);
    }
}
