package vn.dcim.core.account;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.commons.codec.binary.Base32;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotAllowedException;

import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * A second factor for administrators: a time-based one-time code (TOTP, RFC 6238, 6 digits every
 * 30 s) from an authenticator app. Once enrolled, a session reaches nothing until its code is given.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SecondFactor {
    private static final String ISSUER = "DCIM";
    private static final Base32 BASE32 = new Base32();

    private final TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator();
    private final SecureRandom random = new SecureRandom();
    private final CredentialRepository credentials;
    private final AccountRepository accounts;
    private final LoginSessionRepository sessions;
    private final AuditLog audit;
    private final Clock clock;

    /** A fresh secret to enrol, not yet kept: the person scans it and confirms with a code. */
    @io.micronaut.serde.annotation.Serdeable
    public record Enrolment(String secret, String otpauthUri) {
    }

    public Enrolment start(long accountId) {
        Credential c = credential(accountId);
        if (!c.roleSet().contains(Role.admin)) {
            throw new NotAllowedException("the second factor is for administrators").explained("error.second-factor.admins");
        }
        byte[] key = new byte[20];
        random.nextBytes(key);
        String secret = BASE32.encodeToString(key).replace("=", "");
        String user = accounts.findById(accountId).map(Account::username).orElse("admin");
        String label = URLEncoder.encode(ISSUER + ":" + user, StandardCharsets.UTF_8).replace("+", "%20");
        return new Enrolment(secret, "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + ISSUER
                + "&algorithm=SHA1&digits=6&period=30");
    }

    /** Keeps the secret once the app shows a matching code; the session that enrolled counts as having given it. */
    public void confirm(long accountId, String secret, String code, @Nullable String sessionId, String actor) {
        Credential c = credential(accountId);
        if (!c.roleSet().contains(Role.admin)) {
            throw new NotAllowedException("the second factor is for administrators").explained("error.second-factor.admins");
        }
        if (secret == null || !secret.matches("[A-Z2-7]{32}") || !matches(secret, code)) {
            throw new InvalidInputException("code", "the code does not match: check the app's clock and try the next code").explained("error.second-factor.no-match");
        }
        credentials.update(c.withSecondFactor(secret));
        if (sessionId != null) {
            sessions.updateSecondFactorAt(sessionId, clock.instant());
        }
        audit.record(actor, "account", accountId, "second-factor-enrolled", null, null);
    }

    /** The session gives its code; a wrong code is refused and audited. */
    public void verify(long accountId, String sessionId, String code) {
        Credential c = credential(accountId);
        if (!c.hasSecondFactor() || !matches(c.totpSecret(), code)) {
            audit.record(accounts.findById(accountId).map(Account::username).orElse("?"), "account", accountId,
                    "second-factor-failed", null, null);
            throw new InvalidInputException("code", "wrong or expired code").explained("error.second-factor.wrong");
        }
        sessions.updateSecondFactorAt(sessionId, clock.instant());
    }

    /** An administrator removes another's second factor (a lost phone); they enrol again. */
    public void reset(long accountId, String actor) {
        Credential c = credential(accountId);
        credentials.update(c.withSecondFactor(null));
        sessions.updateEndedAtByAccountIdAndEndedAtIsNull(accountId, clock.instant());
        audit.record(actor, "account", accountId, "second-factor-reset", null, Map.of("by", actor));
    }

    /** The code of this time step or the one before (a code typed as it rolls over still counts). */
    boolean matches(String secret, String code) {
        if (code == null || !code.trim().matches("\\d{6}")) {
            return false;
        }
        Instant now = clock.instant();
        return code(secret, now).equals(code.trim()) || code(secret, now.minus(Duration.ofSeconds(30))).equals(code.trim());
    }

    /** The code the app shows for the secret at a moment (used by the specs as the phone). */
    public String code(String secret, Instant at) {
        try {
            int value = totp.generateOneTimePassword(new SecretKeySpec(BASE32.decode(secret), "HmacSHA1"), at);
            return String.format(Locale.ROOT, "%06d", value);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private Credential credential(long accountId) {
        return credentials.findById(accountId).orElseThrow(() -> new vn.dcim.core.error.NotFoundException("Account", accountId));
    }
}
