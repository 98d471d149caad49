package vn.dcim.core.scope;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.agency.Agencies;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.site.LocationRegistry;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The scope each account is limited to, set by the administrator and audited. Read on every request of the
 * account, so a narrowed scope holds from the next request on, without signing the person out.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AccountScopes {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AccountScopes.class);
    private final AccountScopeRepository scopes;
    private final LocationRegistry locations;
    private final Agencies agencies;
    private final vn.dcim.core.account.UserAccounts users;
    private final AuditLog audit;
    private final Clock clock;

    public Scope of(long accountId) {
        return scopes.findById(accountId).map(AccountScope::scope).orElse(Scope.EVERYTHING);
    }

    /**
     * Limits the account to {@code siteIds} (empty: every site) and to {@code agencyId}'s equipment (null: any);
     * both empty gives the account everything again. An unknown site or agency is refused naming the field.
     */
    public Scope set(long accountId, @Nullable Set<String> siteIds, @Nullable Long agencyId, String by) {
        Set<String> sites = new TreeSet<>();
        for (String s : siteIds == null ? Set.<String>of() : siteIds) {
            String id = s == null ? "" : s.strip();
            if (!locations.siteExists(id)) {
                throw new InvalidInputException("siteIds", "no site " + id).explained("error.scope.site", id);
            }
            sites.add(id);
        }
        if (agencyId != null && agencies.find(agencyId).isEmpty()) {
            throw new InvalidInputException("agencyId", "no agency " + agencyId).explained("error.scope.agency", String.valueOf(agencyId));
        }
        if (agencyId == null && users.view(accountId).roles().contains(vn.dcim.core.account.Role.agency)) {
            // an agency's person limited to no agency would see every agency's equipment: refused, not widened
            throw new InvalidInputException("agencyId", "an account of the agency role is limited to its agency")
                    .explained("error.user.agency-scope");
        }
        Scope before = of(accountId);
        Scope after = new Scope(sites, agencyId);
        if (after.limited()) {
            AccountScope row = new AccountScope(accountId, AccountScope.column(sites), agencyId, clock.instant(), by);
            if (scopes.existsById(accountId)) {
                scopes.update(row);
            } else {
                scopes.save(row);
            }
        } else {
            scopes.deleteById(accountId);
        }
        audit.record(by, "account", accountId, "scope", before, after);
        return after;
    }

    /**
     * The sites the centre's sign-on provider names for the account at a sign-in (empty: every site), its agency
     * kept. A site not in the register is left out with a log line (a provider's group may name a site before it is
     * registered); the scope is written and audited only when it changes, not at every sign-in.
     */
    public Scope limitToSites(long accountId, Set<String> siteIds, String by) {
        Set<String> known = new TreeSet<>();
        for (String s : siteIds) {
            String id = s == null ? "" : s.strip();
            if (locations.siteExists(id)) {
                known.add(id);
            } else if (!id.isEmpty()) {
                LOG.warn("Account {} not limited to site '{}': no such site in the register", accountId, id);
            }
        }
        Scope before = of(accountId);
        if (before.siteIds().equals(known)) {
            return before;
        }
        return set(accountId, known, before.agencyId(), by);
    }

    /** The accounts limited to one agency: who the agency's monthly report goes to. */
    public List<Long> accountsOf(long agencyId) {
        return scopes.findByAgencyId(agencyId).stream().map(AccountScope::accountId).toList();
    }
}
