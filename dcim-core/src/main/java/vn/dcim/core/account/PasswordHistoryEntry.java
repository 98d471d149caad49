package vn.dcim.core.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A password an account had, kept as its hash so it cannot come back (QĐ 22/2021 Art. 6.1). */
@MappedEntity("password_history")
public record PasswordHistoryEntry(@Id @GeneratedValue @Nullable Long id, long accountId, String passwordHash,
                                   Instant changedAt) {
}
