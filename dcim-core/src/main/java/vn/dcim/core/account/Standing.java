package vn.dcim.core.account;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * What decides a signed-in person's rights at this moment: the account's state (Art. 16.2 lock, suspension,
 * end of validity) and the credential's (roles, the password's age, a second factor). Read from the two
 * entities, or in one query with a session ({@link SessionStandings}); judged in one place,
 * {@link UserAccounts#person(Standing, boolean)}.
 */
record Standing(long accountId, String username, AccountStatus status, @Nullable LocalDate validUntil, boolean locked,
                String roles, Instant passwordChangedAt, boolean mustChangePassword, boolean hasSecondFactor,
                boolean directory) {

    /**
     * A lock by wrong passwords closes the account to the clients it does not know ({@link SignIn}), not to the sessions
     * its owner already holds or opens from a trusted device: strangers' guesses must not sign its owner out.
     */
    static Standing of(Account a, Credential c) {
        return new Standing(a.id(), a.username(), a.status(), a.validUntil(), c.locked() && !UserAccounts.LOCKED_BY_POLICY.equals(c.lockedWhy()), c.roles(), c.passwordChangedAt(),
                c.mustChangePassword(), c.hasSecondFactor(), c.directory());
    }

    Set<Role> roleSet() {
        return Role.fromColumn(roles);
    }
}
