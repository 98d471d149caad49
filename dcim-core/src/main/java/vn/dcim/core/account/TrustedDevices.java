package vn.dcim.core.account;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * The browsers and scripts that have signed in to an account before (OWASP's "device cookie"): each successful password
 * sign-in hands the client a token naming the account and a random device name, signed with a key of the installation.
 * A client that shows it back is a trusted device of that account: its wrong passwords are counted apart from
 * strangers', so that wrong passwords sent by anyone cannot keep the account's owner out ({@link SignIn}). A device
 * whose own wrong passwords reach the limit is distrusted for good: its token is worth nothing from then on.
 */
@Singleton
public class TrustedDevices {
    static final String KEY_NAME = "device-token-key";
    /** The attempt outcome that distrusts a device; the device's later tokens are refused. */
    static final String DISTRUSTED = "device-distrusted";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final InstallationSecrets secrets;
    private final LoginAttemptRepository attempts;

    TrustedDevices(InstallationSecrets secrets, LoginAttemptRepository attempts) {
        this.secrets = secrets;
        this.attempts = attempts;
    }

    /** A new token for a client that has just signed in to this account. */
    String issue(long accountId) {
        String device = Secrets.random(16);
        String body = accountId + "." + device;
        return body + "." + mac(body);
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
