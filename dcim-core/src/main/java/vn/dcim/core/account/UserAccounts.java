package vn.dcim.core.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The people who sign in to the product (Art. 15, 16): one account per person, roles for least
 * privilege, the password policy, locks. Every change is audited with the signed-in actor.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class UserAccounts {
    /** The accounts of this product in the `account` table, beside those of the center's other systems. */
    public static final String SYSTEM = "dcim";
    /** Stands where a directory account's hash would be: no password ever matches it. */
    static final String DIRECTORY_PASSWORD = "{directory}";
    /** The lock reason of Art. 16.2 (too many wrong passwords); screens show it in their language. */
    public static final String LOCKED_BY_POLICY = "too many wrong passwords (Art. 16.2)";
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final AccountRepository accounts;
    private final CredentialRepository credentials;
    private final PasswordHistoryRepository history;
    private final LoginAttemptRepository attempts;
    private final LoginSessionRepository sessions;
    private final PasswordPolicy policy;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final io.micronaut.context.event.ApplicationEventPublisher<SignInLockout> lockouts;
    private final Clock clock;

    public record NewUser(String username, @Nullable String fullName, Set<Role> roles, String password,
                          @Nullable LocalDate validUntil, @Nullable LocalDate birthDate, @Nullable String phone,
                          @Nullable String email, @Nullable String crew) {
    }

    public record Profile(Set<Role> roles, @Nullable String fullName, @Nullable LocalDate validUntil,
                          @Nullable LocalDate birthDate, @Nullable String phone, @Nullable String email,
                          @Nullable String crew) {
    }

    /** An account with its sign-in state, for the accounts screen and API (never the hash). */
    @io.micronaut.serde.annotation.Serdeable
    public record UserView(long id, String username, @Nullable String fullName, Set<Role> roles, String status,
                           @Nullable Instant lastLogin, @Nullable LocalDate validUntil, @Nullable Instant lockedAt,
                           @Nullable String lockedWhy, boolean mustChangePassword, Instant passwordChangedAt,
                           boolean passwordExpired, @Nullable LocalDate birthDate, @Nullable String phone,
                           @Nullable String email, @Nullable String suspendedWhy, @Nullable String crew,
                           boolean secondFactor, boolean directory) {
        /** Locked by the wrong-password rule, not by an administrator's hand. */
        public boolean lockedByPolicy() {
            return LOCKED_BY_POLICY.equals(lockedWhy);
        }
    }

    /** An account an administrator creates: the person must change the password at first login. */
    @Transactional
    public UserView create(NewUser user, String actor) {
        if (user.username() == null || !USERNAME.matcher(user.username()).matches()) {
            throw new InvalidInputException("username", "a user name is 2-64 characters: lower-case letters, digits, '.', '_' or '-'").explained("error.user.username");
        }
        if (user.roles() == null || user.roles().isEmpty()) {
            throw new InvalidInputException("roles", "an account needs at least one role (Art. 16.1)").explained("error.user.no-role");
        }
        requireAgencyAlone(user.roles());
        if (accounts.findBySystemNameAndUsername(SYSTEM, user.username()).isPresent()) {
            throw new ConflictException("username", "an account named " + user.username() + " exists (one account per person)").explained("error.user.exists", user.username());
        }
        requireAcceptable(user.password(), user.username(), user.roles(), user.birthDate(), user.phone(), null);
        Instant now = clock.instant();
        Account account = accounts.save(new Account(null, user.username(), SYSTEM, user.fullName(), AccountStatus.active,
                null, user.validUntil(), now, null, null));
        String hash = hasher.hash(user.password());
        credentials.save(new Credential(account.id(), hash, now, true, Role.toColumn(user.roles()), null, null,
                user.birthDate(), user.phone(), user.email(), blankToNull(user.crew()), null, false));
        history.save(new PasswordHistoryEntry(null, account.id(), hash, now));
        audit.record(actor, "account", account.id(), "create", null,
                Map.of("username", user.username(), "roles", Role.toColumn(user.roles())));
        return view(account.id());
    }

    /** The first administrator's full name until the person changes it: Vietnamese, as every screen. */
    static final String FIRST_ADMINISTRATOR_NAME = "Quản trị viên";

    /**
     * The first administrator, with a password chosen by that person (DCIM_ADMIN_PASSWORD or the
     * set-up page): it is their own, so no change is forced at first login.
     */
    @Transactional
    public UserView createFirstAdministrator(String username, String password, String actor) {
        Set<Role> roles = EnumSet.of(Role.admin);
        requireAcceptable(password, username, roles, null, null, null);
        Instant now = clock.instant();
        Account account = accounts.findBySystemNameAndUsername(SYSTEM, username).orElseGet(() -> accounts.save(
                new Account(null, username, SYSTEM, FIRST_ADMINISTRATOR_NAME, AccountStatus.active, null, null, now, null, null)));
        if (credentials.existsById(account.id())) {
            throw new ConflictException("username", "the administrator already has a password").explained("error.user.admin-has-password");
        }
        String hash = hasher.hash(password);
        credentials.save(new Credential(account.id(), hash, now, false, Role.toColumn(roles), null, null, null, null, null, null, null, false));
        history.save(new PasswordHistoryEntry(null, account.id(), hash, now));
        audit.record(actor, "account", account.id(), "create-first-administrator", null, Map.of("username", username));
        return view(account.id());
    }

    /** The accounts that may sign in now (status active), for the checks that judge them. */
    public List<Account> active() {
        return accounts.findByStatus(AccountStatus.active);
    }

    public boolean anyAdministrator() {
        return StreamSupport.stream(credentials.findAll().spliterator(), false)
                .anyMatch(c -> c.roleSet().contains(Role.admin));
    }

    /** Whether some administrator can sign in now (not locked, suspended or past the end date). */
    public boolean anyWorkingAdministrator() {
        return StreamSupport.stream(credentials.findAll().spliterator(), false)
                .filter(c -> c.roleSet().contains(Role.admin) && !c.locked())
                .anyMatch(c -> person(c.accountId(), true).isPresent());
    }

    /**
     * The local emergency administrator recovered by the person at the server's console (the link
     * printed at start when no administrator can work): unlocked, re-activated, a password of their own.
     */
    @Transactional
    public void recoverAdministrator(String username, String password) {
        Account a = accounts.findBySystemNameAndUsername(SYSTEM, username).orElseThrow(() -> new NotFoundException("Account", username));
        Credential c = credential(a.id());
        requireAcceptable(password, username, c.roleSet(), c.birthDate(), c.phone(), a.id());
        Instant now = clock.instant();
        credentials.update(c.withLock(null, null));
        setPassword(credential(a.id()), password, false);
        accounts.update(new Account(a.id(), a.username(), a.systemName(), a.fullName(), AccountStatus.active, now,
                null, a.createdAt(), null, null));
        attempts.save(new LoginAttempt(null, username, a.id(), "console", now, true, "unlocked", null));
        audit.record("console-recovery-link", "account", a.id(), "recover", null, Map.of("username", username));
    }

    /** Every account that signs in to the product, by user name: two queries, whatever their number. */
    public List<UserView> list() {
        Map<Long, Credential> byAccount = StreamSupport.stream(credentials.findAll().spliterator(), false)
                .collect(Collectors.toMap(Credential::accountId, c -> c));
        return accounts.findBySystemNameOrderByUsername(SYSTEM).stream()
                .filter(a -> byAccount.containsKey(a.id()))
                .map(a -> view(a, byAccount.get(a.id()))).toList();
    }

    public UserView view(long accountId) {
        return view(account(accountId), credential(accountId));
    }

    private UserView view(Account a, Credential c) {
        return new UserView(a.id(), a.username(), a.fullName(), c.roleSet(), a.status().name(), a.lastLogin(),
                a.validUntil(), c.lockedAt(), c.lockedWhy(), c.mustChangePassword(), c.passwordChangedAt(),
                policy.expired(c, clock.instant()), c.birthDate(), c.phone(), c.email(), a.suspendedWhy(), c.crew(), c.hasSecondFactor(), c.directory());
    }

    public Optional<UserView> findByUsername(String username) {
        return accounts.findBySystemNameAndUsername(SYSTEM, username)
                .filter(a -> credentials.existsById(a.id()))
                .map(a -> view(a.id()));
    }

    /** A person changes their own password: the current one, the policy, not one of the last five. */
    @Transactional
    public void changeOwnPassword(long accountId, String current, String next) {
        Credential c = credential(accountId);
        notDirectory(c);
        if (!hasher.matches(current, c.passwordHash())) {
            throw new InvalidInputException("currentPassword", "the current password is wrong").explained("error.user.current-password");
        }
        Account a = account(accountId);
        requireAcceptable(next, a.username(), c.roleSet(), c.birthDate(), c.phone(), accountId);
        setPassword(c, next, false);
        audit.record(a.username(), "account", accountId, "password-change", null, null);
    }

    /** An administrator sets a password for someone else: it must be changed at the next login. */
    @Transactional
    public UserView resetPassword(long accountId, String password, String actor) {
        Credential c = credential(accountId);
        notDirectory(c);
        Account a = account(accountId);
        requireAcceptable(password, a.username(), c.roleSet(), c.birthDate(), c.phone(), accountId);
        setPassword(c, password, true);
        sessions.updateEndedAtByAccountIdAndEndedAtIsNull(accountId, clock.instant());
        audit.record(actor, "account", accountId, "password-reset", null, null);
        return view(accountId);
    }

    @Transactional
    public UserView update(long accountId, Profile profile, String actor) {
        Account a = account(accountId);
        Credential c = credential(accountId);
        if (profile.roles() == null || profile.roles().isEmpty()) {
            throw new InvalidInputException("roles", "an account needs at least one role (Art. 16.1)").explained("error.user.no-role");
        }
        requireAgencyAlone(profile.roles());
        if (c.roleSet().contains(Role.admin) && !profile.roles().contains(Role.admin) && otherAdministrators(accountId) == 0) {
            throw new InvalidInputException("roles", "the last administrator keeps the admin role").explained("error.user.last-admin");
        }
        Map<String, Object> before = snapshot(a, c);
        Credential updated = credentials.update(c.withProfile(profile.roles(), profile.birthDate(), profile.phone(),
                profile.email(), blankToNull(profile.crew())));
        Account updatedAccount = accounts.update(new Account(a.id(), a.username(), a.systemName(), profile.fullName(),
                a.status(), a.lastLogin(), profile.validUntil(), a.createdAt(), a.suspendedAt(), a.suspendedWhy()));
        String action = c.roles().equals(updated.roles()) ? "update" : "role-change";
        audit.record(actor, "account", accountId, action, before, snapshot(updatedAccount, updated));
        return view(accountId);
    }

    /**
     * An agency's person is not also staff: with another role, the staff rights would reach past what the agency may
     * do (its requests would approve themselves to the centre's other tables), so the agency role is held alone.
     */
    private static void requireAgencyAlone(Set<Role> roles) {
        if (roles.contains(Role.agency) && roles.size() > 1) {
            throw new InvalidInputException("roles", "the agency role is held alone, not with staff roles").explained("error.user.agency-alone");
        }
    }

    private long otherAdministrators(long accountId) {
        return StreamSupport.stream(credentials.findAll().spliterator(), false)
                .filter(c -> c.accountId() != accountId && c.roleSet().contains(Role.admin)).count();
    }

    private static Map<String, Object> snapshot(Account a, Credential c) {
        return Map.of("roles", c.roles(), "fullName", String.valueOf(a.fullName()), "validUntil", String.valueOf(a.validUntil()),
                "crew", String.valueOf(c.crew()));
    }

    private static void notDirectory(Credential c) {
        if (c.directory()) {
            throw new InvalidInputException("password", "this account signs in with the center's directory: its password is changed there").explained("error.user.directory-password");
        }
    }

    /**
     * The local record of a person who signed in with the center's directory: made at the first
     * login, its roles following the directory groups at every login (changes audited). A local
     * account of the same name (the emergency administrator) is never taken over.
     */
    @Transactional
    public long directoryAccount(String username, @Nullable String fullName, Set<Role> roles) {
        return directoryAccount(username, fullName, roles, "directory");
    }

    /**
     * As {@link #directoryAccount(String, String, Set)}, for the sign-in {@code via} names ("directory",
     * "single-sign-on"): the audit says who made or changed the account. A local account of that name (the
     * administrator above all) is never taken over.
     */
    @Transactional
    public long directoryAccount(String username, @Nullable String fullName, Set<Role> roles, String via) {
        Instant now = clock.instant();
        Optional<Account> found = accounts.findBySystemNameAndUsername(SYSTEM, username);
        if (found.isEmpty()) {
            Account account = accounts.save(new Account(null, username, SYSTEM, fullName, AccountStatus.active, null, null,
                    now, null, null));
            credentials.save(new Credential(account.id(), DIRECTORY_PASSWORD, now, false, Role.toColumn(roles), null, null,
                    null, null, null, null, null, true));
            audit.record(via, "account", account.id(), "create", null,
                    Map.of("username", username, "roles", Role.toColumn(roles), "source", via));
            return account.id();
        }
        Account a = found.get();
        Credential c = credentials.findById(a.id()).orElseThrow(() -> new ConflictException("username", username + " is not a person's account").explained("error.user.not-a-person", username));
        if (!c.directory()) {
            throw new ConflictException("username", "a local account named " + username + " exists; the directory may not take it over").explained("error.user.local-exists", username);
        }
        if (!c.roles().equals(Role.toColumn(roles))) {
            Credential updated = credentials.update(c.withProfile(roles, c.birthDate(), c.phone(), c.email(), c.crew()));
            audit.record(via, "account", a.id(), "role-change", Map.of("roles", c.roles()), Map.of("roles", updated.roles()));
        }
        return a.id();
    }

    private static String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** Art. 16.2: only an administrator unlocks, recording the owner's request. */
    @Transactional
    public UserView unlock(long accountId, String ownerRequest, String actor) {
        if (ownerRequest == null || ownerRequest.isBlank()) {
            throw new InvalidInputException("request", "record the owner's request to unlock (Art. 16.2)").explained("error.user.unlock-request");
        }
        Credential c = credential(accountId);
        Account a = account(accountId);
        credentials.update(c.withLock(null, null));
        attempts.save(new LoginAttempt(null, a.username(), accountId, "admin:" + actor, clock.instant(), true, "unlocked", null));
        lockouts.publishEvent(new SignInLockout(accountId, a.username(), false, 0, 0, "admin:" + actor, false));
        audit.record(actor, "account", accountId, "unlock", Map.of("lockedWhy", String.valueOf(c.lockedWhy())),
                Map.of("ownerRequest", ownerRequest.trim()));
        return view(accountId);
    }

    /** An administrator locks an account by hand (a person leaves, a key is suspected stolen). */
    @Transactional
    public UserView lock(long accountId, String why, String actor) {
        Credential c = credential(accountId);
        String reason = why == null || why.isBlank() ? "locked by " + actor : why.trim();
        credentials.update(c.withLock(clock.instant(), reason));
        sessions.updateEndedAtByAccountIdAndEndedAtIsNull(accountId, clock.instant());
        audit.record(actor, "account", accountId, "lock", null, Map.of("why", reason));
        return view(accountId);
    }

    /** Art. 16.3: a suspended account works again when an administrator re-activates it. */
    @Transactional
    public UserView reactivate(long accountId, String actor) {
        Account a = account(accountId);
        accounts.update(new Account(a.id(), a.username(), a.systemName(), a.fullName(), AccountStatus.active,
                clock.instant(), a.validUntil(), a.createdAt(), null, null));
        audit.record(actor, "account", accountId, "reactivate", Map.of("suspendedWhy", String.valueOf(a.suspendedWhy())), null);
        return view(accountId);
    }

    private void setPassword(Credential c, String password, boolean mustChange) {
        Instant now = clock.instant();
        String hash = hasher.hash(password);
        credentials.update(c.withPassword(hash, now, mustChange));
        history.save(new PasswordHistoryEntry(null, c.accountId(), hash, now));
    }

    void requireAcceptable(String password, String username, Set<Role> roles, @Nullable LocalDate birthDate,
                           @Nullable String phone, @Nullable Long accountId) {
        List<PasswordProblem> problems = new java.util.ArrayList<>(policy.check(password, username, roles, birthDate, phone));
        if (problems.isEmpty() && accountId != null && reused(accountId, password)) {
            problems.add(PasswordProblem.REUSED);
        }
        if (!problems.isEmpty()) {
            throw new PasswordRefusedException(problems);
        }
    }

    private boolean reused(long accountId, String password) {
        return history.findByAccountIdOrderByChangedAtDesc(accountId, Pageable.from(0, policy.historySize())).stream()
                .anyMatch(h -> hasher.matches(password, h.passwordHash()));
    }

    Account account(long id) {
        return accounts.findById(id).filter(a -> SYSTEM.equals(a.systemName()))
                .orElseThrow(() -> new NotFoundException("Account", id));
    }

    Credential credential(long id) {
        return credentials.findById(id).orElseThrow(() -> new NotFoundException("Account", id));
    }

    /**
     * The rights of an account now; empty when it may not work (locked, suspended, past its end date).
     * A session that has not yet given the second factor of an enrolled account may only give it; one
     * whose password must change may only change it.
     */
    public Optional<Person> person(long accountId, boolean secondFactorGiven) {
        Optional<Account> account = accounts.findById(accountId);
        Optional<Credential> credential = credentials.findById(accountId);
        if (account.isEmpty() || credential.isEmpty()) {
            return Optional.empty();
        }
        return person(Standing.of(account.get(), credential.get()), secondFactorGiven);
    }

    /** The person and their rights now, or none when the account may not work (locked, suspended, expired). */
    Optional<Person> person(Standing s, boolean secondFactorGiven) {
        Instant now = clock.instant();
        if (s.locked() || s.status() != AccountStatus.active
                || (s.validUntil() != null && s.validUntil().isBefore(LocalDate.now(clock)))) {
            return Optional.empty();
        }
        // a directory account's password and its age are the directory's to judge
        Set<String> rights = s.hasSecondFactor() && !secondFactorGiven ? Set.of(Role.SECOND_FACTOR)
                : !s.directory() && (s.mustChangePassword() || policy.expired(s.roleSet(), s.passwordChangedAt(), now))
                ? Set.of(Role.PASSWORD_CHANGE)
                : Role.granted(s.roleSet());
        return Optional.of(new Person(s.accountId(), s.username(), rights));
    }
}
