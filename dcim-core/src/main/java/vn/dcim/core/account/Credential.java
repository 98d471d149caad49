package vn.dcim.core.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * What signing in to the product needs, beside the person's {@link Account}: the password hash
 * (never the password), its age, the roles, the Art. 16.2 lock, and the personal data a password
 * may not contain (QĐ 22/2021 Art. 6.1), the maintenance crew the person works in, and the secret of
 * their second factor once they enrolled one. A directory account's password is the directory's.
 */
@MappedEntity("account_credential")
public record Credential(@Id Long accountId, String passwordHash, Instant passwordChangedAt, boolean mustChangePassword,
                         String roles, @Nullable Instant lockedAt, @Nullable String lockedWhy,
                         @Nullable LocalDate birthDate, @Nullable String phone, @Nullable String email,
                         @Nullable String crew, @Nullable String totpSecret,
                         boolean directory) {

    public Set<Role> roleSet() {
        return Role.fromColumn(roles);
    }

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    Credential withSecondFactor(@Nullable String secret) {
        return new Credential(accountId, passwordHash, passwordChangedAt, mustChangePassword, roles, lockedAt, lockedWhy,
                birthDate, phone, email, crew, secret, directory);
    }

    public boolean locked() {
        return lockedAt != null;
    }

    Credential withPassword(String hash, Instant at, boolean mustChange) {
        return new Credential(accountId, hash, at, mustChange, roles, lockedAt, lockedWhy, birthDate, phone, email, crew,
                totpSecret, directory);
    }

    Credential withLock(@Nullable Instant at, @Nullable String why) {
        return new Credential(accountId, passwordHash, passwordChangedAt, mustChangePassword, roles, at, why, birthDate,
                phone, email, crew, totpSecret, directory);
    }

    Credential withProfile(Set<Role> newRoles, @Nullable LocalDate newBirthDate, @Nullable String newPhone,
                           @Nullable String newEmail, @Nullable String newCrew) {
        return new Credential(accountId, passwordHash, passwordChangedAt, mustChangePassword, Role.toColumn(newRoles),
                lockedAt, lockedWhy, newBirthDate, newPhone, newEmail, newCrew, totpSecret, directory);
    }
}
