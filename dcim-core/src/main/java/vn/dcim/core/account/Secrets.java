package vn.dcim.core.account;

import java.security.SecureRandom;
import java.util.Base64;

/** Random secrets for keys and links that are shown once and kept only as a hash ({@link vn.dcim.core.crypto.Digests#sha256(String)}). */
final class Secrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
