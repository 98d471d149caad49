package vn.dcim.core.account;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.error.NotFoundException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The browsers and scripts that have signed in to an account before (OWASP's "device cookie"): each successful password
 * sign-in hands the client a token naming the account and a random device name, signed with a key of the installation.
 * A client that shows it back is a trusted device of that account: its wrong passwords are counted apart from
 * strangers', so that wrong passwords sent by anyone cannot keep the account's owner out ({@link SignIn}). A device
 * whose own wrong passwords reach the limit is distrusted for good: its token is worth nothing from then on. The person,
 * or an administrator, sees the account's trusted devices and distrusts one that is lost or was never theirs (QĐ 11/2023
 * Điều 16 khoản 2: sign-in is limited to those who should have it).
 */
@Singleton
public class TrustedDevices {
    static final String KEY_NAME = "device-token-key";
    /** The attempt outcome that distrusts a device; the device's later tokens are refused. */
    static final String DISTRUSTED = "device-distrusted";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    /** The most devices listed for one account: the latest ones (a script without a cookie jar makes one a sign-in). */
    private static final int MOST_LISTED = 200;

    private final InstallationSecrets secrets;
    private final LoginAttemptRepository attempts;
    private final AuditLog audit;
    private final Clock clock;

    TrustedDevices(InstallationSecrets secrets, LoginAttemptRepository attempts, AuditLog audit, Clock clock) {
        this.secrets = secrets;
        this.attempts = attempts;
        this.audit = audit;
        this.clock = clock;
    }

    /** A device of an account: its name (the middle of its token), its first and latest sign-in, how many, and from where
     * the latest came. */
    @Serdeable
    @Introspected
    public record Device(String device, Instant firstSignIn, Instant lastSignIn, long signIns, String lastSource) {
    }

    /** A client that has just signed in: the device it already was for this account, or a new one; and its token. */
    record Issued(String device, String token) {
    }

    /** The token for a client that has just signed in to this account: a trusted device keeps its name. */
    Issued issue(long accountId, @Nullable String trustedDevice) {
        String device = trustedDevice != null ? trustedDevice : Secrets.random(16);
        String body = accountId + "." + device;
        return new Issued(device, body + "." + mac(body));
    }

    /** The account's trusted devices, the latest sign-in first. */
    public List<Device> of(long accountId) {
        return attempts.trustedDevices(accountId, DISTRUSTED, MOST_LISTED);
    }

    /**
     * The device is no longer trusted by the account: its token counts as a stranger's from now on (its wrong passwords
     * towards the account's lock, no way past a lock). The sessions it opened are not ended here: that is the
     * administrator's lock or password reset.
     */
    @Transactional
    public void distrust(long accountId, String device, String by) {
        if (!attempts.existsByAccountIdAndDeviceAndSucceeded(accountId, device, true)
                || attempts.existsByDeviceAndOutcome(device, DISTRUSTED)) {
            throw new NotFoundException("trusted device", device);
        }
        String username = by.length() > 100 ? by.substring(0, 100) : by;
        attempts.save(new LoginAttempt(null, username, accountId, "administration", clock.instant(), false, DISTRUSTED, device));
        audit.record(by, "account", accountId, "device-distrusted", null, Map.of("device", device));
    }

    /**
     * The device a token names, when it is this installation's, names this account and its device has not been
     * distrusted; empty for anything else (no token, forged, another account's, distrusted).
     */
    Optional<String> trusted(@Nullable String token, long accountId) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || !parts[0].equals(Long.toString(accountId)) || parts[1].isEmpty() || parts[1].length() > 32) {
            return Optional.empty();
        }
        String body = parts[0] + "." + parts[1];
        if (!MessageDigest.isEqual(mac(body).getBytes(StandardCharsets.US_ASCII), parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        return attempts.existsByDeviceAndOutcome(parts[1], DISTRUSTED) ? Optional.empty() : Optional.of(parts[1]);
    }

    private String mac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.get(KEY_NAME).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return B64.encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
