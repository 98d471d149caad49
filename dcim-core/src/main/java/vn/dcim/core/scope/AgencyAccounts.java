package vn.dcim.core.scope;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.account.Role;
import vn.dcim.core.account.UserAccounts;
import vn.dcim.core.error.InvalidInputException;

import java.util.Set;

/**
 * Accounts made and changed together with the agency they are limited to, so that an account of the agency role is
 * never, even for a moment, an agency's person limited to no agency (QĐ 11/2023 Art. 17.3: the agency administers its
 * own, nothing else). Staff accounts may be limited to an agency on the way too; their scope is otherwise kept by
 * {@link AccountScopes}, which refuses to take an agency's person's agency away.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AgencyAccounts {
    private final UserAccounts users;
    private final AccountScopes scopes;

    /** Creates the account and, where an agency is named (required for the agency role), limits it to that agency. */
    @Transactional
    public UserAccounts.UserView create(UserAccounts.NewUser user, @Nullable Long agencyId, String by) {
        if (user.roles() != null && user.roles().contains(Role.agency)) {
            requireAgency(agencyId);
        }
        UserAccounts.UserView made = users.create(user, by);
        if (agencyId != null) {
            scopes.set(made.id(), Set.of(), agencyId, by);
        }
        return users.view(made.id());
    }

    /**
     * Changes the account's roles and profile; {@code agencyId}, when given, limits it to that agency (its sites kept).
     * Giving the agency role to an account limited to no agency needs the agency named in the same change.
     */
    @Transactional
    public UserAccounts.UserView update(long accountId, UserAccounts.Profile profile, @Nullable Long agencyId, String by) {
        Scope now = scopes.of(accountId);
        if (profile.roles() != null && profile.roles().contains(Role.agency)) {
            requireAgency(agencyId != null ? agencyId : now.agencyId());
        }
        UserAccounts.UserView changed = users.update(accountId, profile, by);
        if (agencyId != null && !agencyId.equals(now.agencyId())) {
            scopes.set(accountId, now.siteIds(), agencyId, by);
        }
        return changed;
    }

    private static void requireAgency(@Nullable Long agencyId) {
        if (agencyId == null) {
            throw new InvalidInputException("agencyId", "an account of the agency role is limited to its agency: name it")
                    .explained("error.user.agency-scope");
        }
    }
}
