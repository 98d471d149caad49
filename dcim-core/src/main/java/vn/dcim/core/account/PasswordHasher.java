package vn.dcim.core.account;

import jakarta.inject.Singleton;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Passwords are kept as argon2id hashes (Art. 15.1; QĐ 22/2021 Art. 6.1), never as text.
 *
 * <p>The cost of a new hash is a setting ({@link PasswordHashSettings}) whose default is Spring Security's
 * argon2id (16 MiB, 2 passes, 1 lane), tens of milliseconds a hash on a server core. A hash carries its own cost,
 * so a check always uses the cost the hash was made with: changing the setting never locks anybody out, and a
 * password hashed again (changed, reset) takes the new one. The specs set a cheaper one (MariaDbSpec): thousands
 * of sign-ins a suite spent a third of web's test CPU here (docs/performance.md).
 */
@Singleton
public class PasswordHasher {
    private final Argon2PasswordEncoder encoder;
    // compared against when the user name is unknown, so a wrong name costs as long as a wrong password
    private final String decoy;

    PasswordHasher(PasswordHashSettings cost) {
        this.encoder = new Argon2PasswordEncoder(16, 32, 1, cost.memoryKib(), cost.iterations());
        this.decoy = encoder.encode("decoy-password-for-unknown-users");
    }

    public String hash(String password) {
        return encoder.encode(password);
    }

    public boolean matches(String password, String hash) {
        return password != null && hash != null && encoder.matches(password, hash);
    }

    void spendTimeOfOneCheck(String password) {
        encoder.matches(password == null ? "" : password, decoy);
    }
}
