package vn.dcim.core.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;

/** A tracked account of another system, as answered and audited. */
@Serdeable
public record AccountView(long id, String display, String username, String systemName, @Nullable String fullName,
                          String status, @Nullable Instant lastLogin, @Nullable LocalDate validUntil,
                          @Nullable Instant suspendedAt, @Nullable String suspendedWhy) {

    public static AccountView of(Account a) {
        return new AccountView(a.id(), a.systemName() + "/" + a.username(), a.username(), a.systemName(), a.fullName(),
                a.status().name(), a.lastLogin(), a.validUntil(), a.suspendedAt(), a.suspendedWhy());
    }
}
