package vn.dcim.core.account;

import io.micronaut.context.event.ApplicationEventPublisher;
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
 * Checks a user name and password (Art. 16.2): five wrong passwords within 30 minutes lock the account, and then the
 * right one is refused too until an administrator unlocks it at the owner's request; attempts from one address are
 * limited per minute. Every attempt is kept and audited; the password never is.
 *
 * <p>So that anybody who knows a user name cannot lock its owner out (an administrator kept out during an incident),
 * wrong passwords are counted per client (OWASP's "device cookie"): a client that shows the token of an earlier
 * sign-in to the account ({@link TrustedDevices}) counts its own, and the lock that strangers' wrong passwords set
 * closes the account to every client it does not know while its trusted devices still sign in, with the password:
 * the extra proof QĐ 22/2021 Art. 6.1b asks after five failures. A trusted device's own fifth wrong password
 * distrusts it and locks the account as well. Each lock alerts the administrators ({@link SignInLockout}).
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
    private final TrustedDevices devices;
    private final ApplicationEventPublisher<SignInLockout> lockouts;
    private final Clock clock;
    private final int lockAfter;
    private final Duration lockWindow;
    private final int attemptsPerMinute;

    SignIn(AccountRepository accounts, CredentialRepository credentials, LoginAttemptRepository attempts,
           PasswordHasher hasher, UserAccounts users, Sessions sessions, AuditLog audit, TrustedDevices devices,
           ApplicationEventPublisher<SignInLockout> lockouts, Clock clock, LockoutSettings lockout, AccountSettings settings) {
        this.accounts = accounts;
        this.credentials = credentials;
        this.attempts = attempts;
        this.hasher = hasher;
        this.users = users;
        this.sessions = sessions;
        this.audit = audit;
        this.devices = devices;
        this.lockouts = lockouts;
        this.clock = clock;
        this.lockAfter = lockout.attempts();
        this.lockWindow = lockout.window();
        this.attemptsPerMinute = settings.loginAttemptsPerMinute();
    }

    public enum Outcome { SIGNED_IN, WRONG, LOCKED, SUSPENDED, RATE_LIMITED }

    /**
     * The outcome, and for a success the person, the new session's id and, for a password sign-in, the device token
     * the client keeps to be trusted by this account next time.
     */
    public record Result(Outcome outcome, @Nullable Person person, @Nullable String sessionId, @Nullable String deviceToken) {
        Result(Outcome outcome) {
            this(outcome, null, null, null);
        }

        public boolean ok() {
            return outcome == Outcome.SIGNED_IN;
        }
    }

    public Result signIn(String username, String password, String source) {
        return signIn(username, password, source, null);
    }

    /** As above, from a client that may show the device token of an earlier sign-in ({@link Result#deviceToken()}). */
    public Result signIn(String username, String password, String source, @Nullable String deviceToken) {
        Instant now = clock.instant();
        String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        String from = source == null || source.isBlank() ? "unknown" : source.length() > 64 ? source.substring(0, 64) : source;
        if (attempts.countBySourceAndAtGreaterThanEquals(from, now.minus(Duration.ofMinutes(1))) >= attemptsPerMinute) {
            LOG.warn("Sign-in attempts from {} over {} a minute: refused", from, attemptsPerMinute);
            return new Result(Outcome.RATE_LIMITED);
        }
        Optional<Account> account = name.length() > 100 ? Optional.empty()
                : accounts.findBySystemNameAndUsername(UserAccounts.SYSTEM, name);
        Optional<Credential> credential = account.flatMap(a -> credentials.findById(a.id()));
        if (credential.isEmpty()) {
            hasher.spendTimeOfOneCheck(password);
            record(name, null, from, now, false, "unknown-user", null);
            return new Result(Outcome.WRONG);
        }
        Account a = account.get();
        Credential c = credential.get();
        if (c.directory()) {
            // the directory judges this person's password (and its lockout policy); not this check
            hasher.spendTimeOfOneCheck(password);
            return new Result(Outcome.WRONG);
        }
        String device = devices.trusted(deviceToken, a.id()).orElse(null);
        // a lock by wrong passwords keeps out the clients the account does not know; an administrator's lock, everyone
        if (c.locked() && !(device != null && UserAccounts.LOCKED_BY_POLICY.equals(c.lockedWhy()))) {
            record(name, a.id(), from, now, false, "locked", device);
            audit.record(name, "account", a.id(), "login-refused-locked", null, Map.of("source", from));
            return new Result(Outcome.LOCKED);
        }
        if (!hasher.matches(password, c.passwordHash())) {
            record(name, a.id(), from, now, false, "wrong-password", device);
            audit.record(name, "account", a.id(), "login-failed", null, device == null ? Map.of("source", from)
                    : Map.of("source", from, "device", "trusted"));
            return wrongPassword(name, c, from, now, device);
        }
        Optional<Person> person = users.person(a.id(), false);
        if (person.isEmpty()) {
            record(name, a.id(), from, now, false, "suspended", device);
            audit.record(name, "account", a.id(), "login-refused-suspended", null, Map.of("source", from));
            return new Result(Outcome.SUSPENDED);
        }
        // a client new to the account becomes a device of it here: the success names it, so it is listed and revocable
        TrustedDevices.Issued issued = devices.issue(a.id(), device);
        record(name, a.id(), from, now, true, "signed-in", issued.device());
        accounts.update(new Account(a.id(), a.username(), a.systemName(), a.fullName(), a.status(), now, a.validUntil(),
                a.createdAt(), a.suspendedAt(), a.suspendedWhy()));
        audit.record(name, "account", a.id(), "login", null, device == null ? Map.of("source", from)
                : Map.of("source", from, "device", "trusted"));
        return new Result(Outcome.SIGNED_IN, person.get(), sessions.open(a.id(), from), issued.token());
    }

    /**
     * A wrong password counted where it belongs: a stranger's towards the lock of the account against unknown
     * clients, a trusted device's towards its own; the fifth distrusts that device and locks the account.
     */
    private Result wrongPassword(String name, Credential c, String from, Instant now, @Nullable String device) {
        long failures = device == null ? attempts.countRecentFailures(c.accountId(), now.minus(lockWindow))
                : attempts.countRecentDeviceFailures(c.accountId(), device, now.minus(lockWindow));
        if (failures < lockAfter) {
            return new Result(Outcome.WRONG);
        }
        if (device != null) {
            record(name, c.accountId(), from, now, false, TrustedDevices.DISTRUSTED, device);
            LOG.warn("A trusted device of account {} gave {} wrong passwords within {} minutes: no longer trusted (Art. 16.2)",
                    name, lockAfter, lockWindow.toMinutes());
        }
        if (!c.locked()) {
            credentials.update(c.withLock(now, UserAccounts.LOCKED_BY_POLICY));
            audit.record("system", "account", c.accountId(), "lock", null, Map.of("why", UserAccounts.LOCKED_BY_POLICY,
                    "failures", lockAfter, "windowMinutes", lockWindow.toMinutes(), "source", from,
                    "client", device == null ? "unknown" : "trusted device"));
            LOG.warn("Account {} locked after {} wrong passwords within {} minutes from {} (Art. 16.2); its trusted devices "
                    + "still sign in", name, lockAfter, lockWindow.toMinutes(), from);
            lockouts.publishEvent(new SignInLockout(c.accountId(), name, true, lockAfter, lockWindow.toMinutes(), from,
                    device != null));
        }
        return new Result(Outcome.LOCKED);
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
            record(name, id, source, now, false, "suspended", null);
            audit.record(name, "account", id, "login-refused-suspended", null, Map.of("source", source, "via", via));
            return new Result(Outcome.SUSPENDED);
        }
        Account a = accounts.findById(id).orElseThrow();
        record(name, id, source, now, true, "directory".equals(via) ? "signed-in-directory" : "signed-in-" + via, null);
        accounts.update(new Account(a.id(), a.username(), a.systemName(), fullName == null ? a.fullName() : fullName,
                a.status(), now, a.validUntil(), a.createdAt(), a.suspendedAt(), a.suspendedWhy()));
        audit.record(name, "account", id, "login", null, Map.of("source", source, "via", via));
        return new Result(Outcome.SIGNED_IN, person.get(), sessions.open(id, source), null);
    }

    private void record(String username, @Nullable Long accountId, String source, Instant at, boolean ok, String outcome,
                        @Nullable String device) {
        attempts.save(new LoginAttempt(null, username.length() > 100 ? username.substring(0, 100) : username,
                accountId, source, at, ok, outcome, device));
    }
}
