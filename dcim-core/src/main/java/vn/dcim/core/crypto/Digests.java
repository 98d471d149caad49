package vn.dcim.core.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Digests as lower-case hex: what a token, an API key or a set-up link is kept as (SHA-256 of the secret
 * shown once), what HTTP Digest authentication computes (MD5 or SHA-256), a stored document's checksum.
 * Text is digested as its UTF-8 bytes.
 */
public final class Digests {
    private Digests() {
    }

    public static String sha256(String text) {
        return hex("SHA-256", text);
    }

    public static String sha256(byte[] bytes) {
        return hex("SHA-256", bytes);
    }

    /** {@code algorithm} is MD5 or SHA-256, which every Java has. */
    public static String hex(String algorithm, String text) {
        return hex(algorithm, text.getBytes(StandardCharsets.UTF_8));
    }

    public static String hex(String algorithm, byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has " + algorithm, e);
        }
    }
}
