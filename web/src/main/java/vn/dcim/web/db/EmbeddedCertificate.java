package vn.dcim.web.db;

import vn.dcim.core.crypto.SelfSignedCertificate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The embedded server's TLS certificate, made once and kept in the server's directory beside its passwords (the
 * key 0600). MariaDB 11.4 encrypts its connections by default, and the bundled tools (backup, restore) insist on
 * it; given no certificate, the server makes itself a new self-signed one at every start, a 2048-bit RSA key from
 * wolfSSL's portable C arithmetic: ~7 s of CPU a start (perf: {@code sp_2048_mul_add_72}), most of what the
 * server's start costs. The JDK makes the same key in well under a second, once. The tools verify a self-signed
 * certificate against the password they sign in with, as they did the server's own.
 */
final class EmbeddedCertificate {
    static final String KEY_FILE = "server-key.pem";
    static final String CERTIFICATE_FILE = "server-cert.pem";
    // a certificate that never leaves loopback: renewed by deleting both files
    private static final Duration VALIDITY = Duration.ofDays(3650);

    private EmbeddedCertificate() {
    }

    /** mariadbd's arguments for the certificate of the server in {@code dir}, made there first if missing. */
    static List<String> arguments(Path dir, Instant now) {
        Path key = dir.resolve(KEY_FILE);
        Path certificate = dir.resolve(CERTIFICATE_FILE);
        if (!Files.isRegularFile(key) || !Files.isRegularFile(certificate)) {
            SelfSignedCertificate made = SelfSignedCertificate.make(List.of("localhost", "127.0.0.1"), now, VALIDITY);
            try {
                Files.deleteIfExists(key);
                Files.deleteIfExists(certificate);
                EmbeddedAccounts.createPrivate(key, made.keyPem());
                Files.writeString(certificate, made.certificatePem());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the embedded server's certificate in " + dir + ": " + e.getMessage(), e);
            }
        }
        return List.of("--ssl-key=" + key, "--ssl-cert=" + certificate);
    }
}
