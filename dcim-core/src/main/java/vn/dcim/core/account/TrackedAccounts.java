package vn.dcim.core.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.db.Paged;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Accounts of the center's other systems tracked for Art. 16.3 (idle ≥ 30 days or expired → suspended
 * by {@link AccountInactivityDuty}). This product's own accounts sign in for real and are
 * {@link UserAccounts}'; they are never tracked here.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TrackedAccounts {
    private static final String ENTITY = "tracked-account";
    private final AccountRepository accounts;
    private final AuditLog audit;
    private final Clock clock;

    /** Every tracked account, by id. */
    public List<Account> all() {
        return first(Integer.MAX_VALUE);
    }

    /** The first {@code limit} tracked accounts by id (the product's own sign-ins are not tracked here), cut in SQL. */
    public List<Account> first(int limit) {
        return accounts.findNotOfSystem(UserAccounts.SYSTEM, Paged.limit(limit));
    }

    /** Starts tracking an account of a system; one system's username is tracked once. */
    @Transactional
    public Account register(String username, @Nullable String systemName, @Nullable String fullName, @Nullable LocalDate validUntil,
                            String actor) {
        String system = systemName == null || systemName.isBlank() ? null : systemName.trim();
        if (system == null) {
            throw new InvalidInputException("systemName", "name the system the account belongs to").explained("error.account.system");
        }
        notThisProduct(system);
        if (accounts.findBySystemNameAndUsername(system, username).isPresent()) {
            throw new ConflictException("username", system + "/" + username + " is already tracked").explained("error.account.tracked", system + "/" + username);
        }
        Account saved = accounts.save(new Account(null, username, system, fullName, AccountStatus.active, null,
                validUntil, clock.instant(), null, null));
        audit.record(actor, ENTITY, saved.id(), "create", null, AccountView.of(saved));
        return saved;
    }

    /** The account worked in its system at {@code at} (now when not told), as that system's log says. */
    @Transactional
    public Account reportLogin(long id, @Nullable Instant at, String actor) {
        Account a = find(id);
        Instant when = at == null ? clock.instant() : at;
        if (when.isAfter(clock.instant())) {
            throw new InvalidInputException("at", "a login cannot be reported in the future").explained("error.account.future-login");
        }
        Account after = accounts.update(new Account(a.id(), a.username(), a.systemName(), a.fullName(),
                a.status(), when, a.validUntil(), a.createdAt(), a.suspendedAt(), a.suspendedWhy()));
        audit.record(actor, ENTITY, id, "login-reported", null, Map.of("at", when.toString()));
        return after;
    }

    /** Re-activates a suspended account; it counts as activity today. */
    @Transactional
    public Account reactivate(long id, String actor) {
        Account a = find(id);
        Account after = accounts.update(new Account(a.id(), a.username(), a.systemName(), a.fullName(),
                AccountStatus.active, clock.instant(), a.validUntil(), a.createdAt(), null, null));
        audit.record(actor, ENTITY, id, "reactivate", AccountView.of(a), AccountView.of(after));
        return after;
    }

    /** A tracked account of another system; this product's own are at /api/users. */
    private Account find(long id) {
        Account a = accounts.findById(id).orElseThrow(() -> new NotFoundException("Account", id));
        notThisProduct(a.systemName());
        return a;
    }

    /** This product's own accounts sign in for real; their logins and re-activation are not reported here. */
    private static void notThisProduct(String system) {
        if (UserAccounts.SYSTEM.equalsIgnoreCase(system)) {
            throw new InvalidInputException("systemName", "accounts of this product are kept at /api/users (Art. 16)").explained("error.account.own-product");
        }
    }
}
