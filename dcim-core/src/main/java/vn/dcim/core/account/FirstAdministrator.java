package vn.dcim.core.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.crypto.Digests;
import vn.dcim.core.error.InvalidInputException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Art. 21.3a: no default credentials. On first start the administrator's password comes once from
 * DCIM_ADMIN_PASSWORD (automated installs; a password the policy refuses stops the start), or the
 * log prints a one-time set-up link, valid 24 hours, where the first administrator chooses one.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FirstAdministrator {
    public static final String USERNAME = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final Duration LINK_VALID = Duration.ofHours(24);

    private final UserAccounts users;
    private final SetupTokenRepository tokens;
    private final Clock clock;

    public boolean needed() {
        return !users.anyAdministrator();
    }

    /** No administrator can work (all locked, suspended or expired): only the console can recover one. */
    public boolean recoveryNeeded() {
        return users.anyAdministrator() && !users.anyWorkingAdministrator();
    }

    /**
     * Called at start: with a configured password, the administrator is created from it; without,
     * a fresh set-up token is returned (to print as a link). Empty when an administrator exists.
     */
    @Transactional
    public Optional<String> prepare(@Nullable String configuredPassword) {
        if (recoveryNeeded()) {
            // Art. 16.2 wants an administrator to unlock; with none left, the person at the server's
            // console (who can read this log and restart the product) recovers the local administrator
            return Optional.of(newToken());
        }
        if (!needed()) {
            return Optional.empty();
        }
        if (configuredPassword != null && !configuredPassword.isEmpty()) {
            try {
                users.createFirstAdministrator(USERNAME, configuredPassword, "DCIM_ADMIN_PASSWORD");
            } catch (PasswordRefusedException e) {
                throw new IllegalStateException("DCIM_ADMIN_PASSWORD is refused by the password policy (Art. 15.1, "
                        + "QĐ 22/2021 Art. 6.1: an administrator's password has at least 11 characters with lower case, "
                        + "upper case, digit and special character): " + e.getMessage()
                        + ". Choose another and start again; no account was created.", e);
            }
            LOG.info("Administrator account '{}' created with the password from DCIM_ADMIN_PASSWORD", USERNAME);
            return Optional.empty();
        }
        return Optional.of(newToken());
    }

    private String newToken() {
        String token = Secrets.random(24);
        tokens.save(new SetupToken(Digests.sha256(token), clock.instant().plus(LINK_VALID), null));
        return token;
    }

    public boolean validToken(String token) {
        return token != null && token.length() < 100 && tokens.findById(Digests.sha256(token))
                .filter(t -> t.usedAt() == null && t.expiresAt().isAfter(clock.instant())).isPresent();
    }

    /** The set-up page: the first administrator chooses the password (their own: no change forced). */
    @Transactional
    public void complete(String token, String password) {
        boolean recovery = recoveryNeeded();
        if (!validToken(token) || !(needed() || recovery)) {
            throw new InvalidInputException("token", "this set-up link is used, expired or unknown; restart the product for a new one").explained("error.setup.token");
        }
        if (recovery) {
            users.recoverAdministrator(USERNAME, password);
        } else {
            users.createFirstAdministrator(USERNAME, password, "setup-link");
        }
        Instant now = clock.instant();
        tokens.findById(Digests.sha256(token)).ifPresent(t -> tokens.update(new SetupToken(t.tokenHash(), t.expiresAt(), now)));
    }
}
