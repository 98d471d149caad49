package vn.dcim.core.crypto;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * Device secrets (SNMP communities, SNMPv3 passwords) encrypted in the application before they reach
 * the database (Art. 30.7c, 15.1d; QĐ 22/2021 Art. 8.1): AES-256-GCM from Tink with the key
 * "secrets" of the {@link KeyDirectory}, outside the database, so a copy of the database or of a
 * backup alone reveals none of them. The place a value belongs to (table.column) is the associated
 * data: a ciphertext copied into another column does not decrypt. Stored as {@code enc:v1:<base64>};
 * a value without the prefix is a plain one from before the upgrade, read as it is until the startup
 * step encrypts it.
 */
@Singleton
public class Secrets {
    static final String PREFIX = "enc:v1:";

    private final FirstUseAead aead;

    Secrets(KeyDirectory keys) {
        this.aead = new FirstUseAead(keys, "secrets");
    }

    public static boolean isSealed(@Nullable String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** The stored form of {@code plain} for the column {@code place} (e.g. "monitored_device.community"). */
    public String seal(@Nullable String plain, String place) {
        if (plain == null || isSealed(plain)) {
            return plain;
        }
        try {
            byte[] sealed = aead.get().encrypt(plain.getBytes(StandardCharsets.UTF_8), place.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a secret of " + place + ": " + e.getMessage(), e);
        }
    }

    /** The secret of a stored value; a plain value from before the upgrade comes back as it is. */
    public String open(@Nullable String stored, String place) {
        if (!isSealed(stored)) {
            return stored;
        }
        try {
            byte[] plain = aead.get().decrypt(Base64.getDecoder().decode(stored.substring(PREFIX.length())),
                    place.getBytes(StandardCharsets.UTF_8));
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // never the value itself in the message
            throw new IllegalStateException("A secret of " + place + " does not decrypt with the installation's key "
                    + "(another key directory, or a value moved from elsewhere)", e);
        }
    }
}
