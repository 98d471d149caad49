package vn.dcim.core.account;

import jakarta.inject.Singleton;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/** Passwords are kept as argon2id hashes (Art. 15.1; seed 000 Art. 6.1), never as text. */
@Singleton
public class PasswordHasher {
    private final Argon2PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    // compared against when the user name is unknown, so a wrong name costs as long as a wrong password
    private final String decoy = encoder.encode("decoy-password-for-unknown-users");

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
