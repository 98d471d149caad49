package vn.dcim.core.account;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.audit.AuditLog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a user name and password (Art. 16.2): five wrong passwords within 30 minutes lock the
 * account, and then the right one is refused too until an administrator unlocks it; attempts from
 * one address are limited per minute. Every attempt is kept and audited; the password never is.
 */
@Singleton
public class SignIn {
    private static final Logger LOG = LoggerFactory.getLogger(SignIn.class);

    private final AccountRepository accounts;
    private final CredentialRepository credentials;
    private final LoginAttemptRepository attempts;
    private final PasswordHasher hasher;
    private final UserAccounts users;
    private final Sessions sessions;
    private final AuditLog audit;
    private final Clock clock;
    private final int lockAfter;
    private final Duration lockWindow;
    private final int attemptsPerMinute;

    SignIn(AccountRepository accounts, CredentialRepository credentials, LoginAttemptRepository attempts,
           PasswordHasher hasher, UserAccounts users, Sessions sessions, AuditLog audit, Clock clock,
           LockoutSettings lockout, AccountSettings settings) {
        this.accounts = accounts;
        this.credentials = credentials;
        this.attempts = attempts;
        this.hasher = hasher;
        this.users = users;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
        this.lockAfter = lockout.attempts();
        this.lockWindow = lockout.window();
        this.attemptsPerMinute = settings.loginAttemptsPerMinute();
    }

    public enum Outcome { SIGNED_IN, WRONG, LOCKED, SUSPENDED, RATE_LIMITED }

    /** The outcome, and for a success the person and the new session's id. */
    public record Result(Outcome outcome, @Nullable Person person, @Nullable String sessionId) {
        public boolean ok() {
            return outcome == Outcome.SIGNED_IN;
        }
    }

    public Result signIn(String username, String password, String source) {
        Instant now = clock.instant();
        String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        String from = source == null || source.isBlank() ? "unknown" : source.length() > 64 ? source.substring(0, 64) : source;
        if (attempts.countBySourceAndAtGreaterThanEquals(from, now.minus(Duration.ofMinutes(1))) >= attemptsPerMinute) {
            LOG.warn("Sign-in attempts from {} over {} a minute: refused", from, attemptsPerMinute);
            return new Result(Outcome.RATE_LIMITED, null, null);
        }
        Optional<Account> account = name.length() > 100 ? Optional.empty()
                : accounts.findBySystemNameAndUsername(UserAccounts.SYSTEM, name);
        Optional<Credential> credential = account.flatMap(a -> credentials.findById(a.id()));
        if (credential.isEmpty()) {
            hasher.spendTimeOfOneCheck(password);
            record(name, null, from, now, false, "unknown-user");
            return new Result(Outcome.WRONG, null, null);
        }
        Account a = account.get();
        Credential c = credential.get();
        if (c.directory()) {
            // the directory judges this person's password (and its lockout policy); not this check
            hasher.spendTimeOfOneCheck(password);
            return new Result(Outcome.WRONG, null, null);
        }
        if (c.locked()) {
            record(name, a.id(), from, now, false, "locked");
            audit.record(name, "account", a.id(), "login-refused-locked", null, Map.of("source", from));
            return new Result(Outcome.LOCKED, null, null);
        }
        if (!hasher.matches(password, c.passwordHash())) {
            record(name, a.id(), from, now, false, "wrong-password");
            audit.record(name, "account", a.id(), "login-failed", null, Map.of("source", from));
            if (attempts.countRecentFailures(a.id(), now.minus(lockWindow)) >= lockAfter) {
                credentials.update(c.withLock(now, UserAccounts.LOCKED_BY_POLICY));
                audit.record("system", "account", a.id(), "lock", null, Map.of("why", UserAccounts.LOCKED_BY_POLICY,
                        "failures", lockAfter, "windowMinutes", lockWindow.toMinutes(), "source", from));
                LOG.warn("Account {} locked after {} wrong passwords within {} minutes (Art. 16.2)", name, lockAfter,
                        lockWindow.toMinutes());
                return new Result(Outcome.LOCKED, null, null);
            }
            return new Result(Outcome.WRONG, null, null);
        }
        Optional<Person> person = users.person(a.id(), false);
        if (person.isEmpty()) {
            record(name, a.id(), from, now, false, "suspended");
            audit.record(name, "account", a.id(), "login-refused-suspended", null, Map.of("source", from));
            return new Result(Outcome.SUSPENDED, null, null);
        }
        record(name, a.id(), from, now, true, "signed-in");
        accounts.update(new Account(a.id(), a.username(), a.systemName(), a.fullName(), a.status(), now, a.validUntil(),
                a.createdAt(), a.suspendedAt(), a.suspendedWhy()));
        audit.record(name, "account", a.id(), "login", null, Map.of("source", from));
        return new Result(Outcome.SIGNED_IN, person.get(), sessions.open(a.id(), from));
    }

    /**
     * A person the center's directory has just authenticated, with the roles of their directory
     * groups: their local record is made or brought up to date, and a session opened unless the
     * account is locked, suspended or past its end date here.
     */
    public Result signedInByDirectory(String username, @Nullable String fullName, java.util.Set<Role> roles, String source) {
        return signedInElsewhere(username, fullName, roles, source, "directory");
    }

    /**
     * A person the center's single sign-on provider (OpenID Connect) has just authenticated: as from the
     * directory; the sites their provider groups name are the caller's to set on the account's scope.
     */
    public Result signedInByProvider(String username, @Nullable String fullName, java.util.Set<Role> roles, String source) {
        return signedInElsewhere(username, fullName, roles, source, "single-sign-on");
    }

    private Result signedInElsewhere(String username, @Nullable String fullName, java.util.Set<Role> roles,
                                     String source, String via) {
        Instant now = clock.instant();
        String name = username.trim().toLowerCase(java.util.Locale.ROOT);
        long id = users.directoryAccount(name, fullName, roles, via);
        Optional<Person> person = users.person(id, false);
        if (person.isEmpty()) {
            record(name, id, source, now, false, "suspended");
            audit.record(name, "account", id, "login-refused-suspended", null, Map.of("source", source, "via", via));
            return new Result(Outcome.SUSPENDED, null, null);
        }
        Account a = accounts.findById(id).orElseThrow();
        record(name, id, source, now, true, "directory".equals(via) ? "signed-in-directory" : "signed-in-" + via);
        accounts.update(new Account(a.id(), a.username(), a.systemName(), fullName == null ? a.fullName() : fullName,
                a.status(), now, a.validUntil(), a.createdAt(), a.suspendedAt(), a.suspendedWhy()));
        audit.record(name, "account", id, "login", null, Map.of("source", source, "via", via));
        return new Result(Outcome.SIGNED_IN, person.get(), sessions.open(id, source));
    }

    private void record(String username, @Nullable Long accountId, String source, Instant at, boolean ok, String outcome) {
        attempts.save(new LoginAttempt(null, username.length() > 100 ? username.substring(0, 100) : username,
                accountId, source, at, ok, outcome));
    }
}
