package vn.dcim.core.crypto;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The PKCS12 key store the product's TLS listeners (HTTPS, the embedded broker) present
 * (Art. 25.3: encrypted transmission): the administrator's own, or one made at first start with a
 * self-signed certificate, kept in the key directory ({@code tls.p12}, its password beside it in
 * {@code tls.p12.password}, both 0600). The generated one is made once and kept, so browsers and
 * devices told to trust it keep trusting it; deleting both files makes a new one on the next start.
 */
public record TlsKeystore(Path path, String password, String type) {
    public static final String FILE = "tls.p12";
    public static final String PASSWORD_FILE = "tls.p12.password";
    static final String ALIAS = "dcim";
    // long-lived on purpose: a device's trust store is not re-provisioned every year; an installed
    // certificate from the center's own CA replaces it (README "HTTPS")
    private static final Duration VALIDITY = Duration.ofDays(3650);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A key store the administrator installed (DCIM_TLS_KEYSTORE, DCIM_TLS_KEYSTORE_PASSWORD). */
    public static TlsKeystore configured(Path path, String password) {
        if (!Files.isReadable(path)) {
            throw new IllegalStateException("TLS key store " + path + " cannot be read");
        }
        return new TlsKeystore(path.toAbsolutePath(), password == null ? "" : password, "PKCS12");
    }

    /**
     * The generated key store of this installation, made on first call with a certificate naming
     * {@code hosts} (DNS names or IP addresses), valid from {@code now}, and kept for every later start.
     * The launcher makes it before the product's clock exists, so it hands in the time.
     */
    public static TlsKeystore generated(KeyDirectory keys, Collection<String> hosts, Instant now) {
        Path passwordFile = keys.file(PASSWORD_FILE, () -> {
            byte[] secret = new byte[24];
            RANDOM.nextBytes(secret);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        });
        String password;
        try {
            password = Files.readString(passwordFile, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + passwordFile + ": " + e.getMessage(), e);
        }
        Path store = keys.binaryFile(FILE, () -> selfSigned(hosts, password, now));
        return new TlsKeystore(store, password, "PKCS12");
    }

    /** The names a generated certificate carries: loopback, this host's name and address, and the public URL's host if any. */
    public static Set<String> defaultHosts(String publicUrlHost) {
        Set<String> hosts = new LinkedHashSet<>();
        hosts.add("localhost");
        hosts.add("127.0.0.1");
        hosts.add("::1");
        try {
            java.net.InetAddress self = java.net.InetAddress.getLocalHost();
            hosts.add(self.getHostName());
            hosts.add(self.getHostAddress());
        } catch (IOException e) {
            // no resolvable host name: loopback names only
        }
        if (publicUrlHost != null && !publicUrlHost.isBlank()) {
            hosts.add(publicUrlHost);
        }
        return hosts;
    }

    /** The store, loaded. */
    public KeyStore load() {
        try (InputStream in = Files.newInputStream(path)) {
            KeyStore ks = KeyStore.getInstance(type);
            ks.load(in, password.toCharArray());
            return ks;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("TLS key store " + path + " cannot be opened: " + e.getMessage(), e);
        }
    }

    /** The certificate presented to clients: what a browser or a device is told to trust. */
    public X509Certificate certificate() {
        try {
            KeyStore ks = load();
            String alias = ks.isKeyEntry(ALIAS) ? ALIAS : java.util.Collections.list(ks.aliases()).stream()
                    .filter(a -> isKeyEntry(ks, a)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("TLS key store " + path + " holds no private key"));
            return (X509Certificate) ks.getCertificate(alias);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS key store " + path + ": " + e.getMessage(), e);
        }
    }

    private static boolean isKeyEntry(KeyStore ks, String alias) {
        try {
            return ks.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    static byte[] selfSigned(Collection<String> hosts, String password, Instant now) {
        try {
            SelfSignedCertificate made = SelfSignedCertificate.make(hosts, now, VALIDITY);
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry(ALIAS, made.keys().getPrivate(), password.toCharArray(), new Certificate[]{made.certificate()});
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ks.store(out, password.toCharArray());
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot make the self-signed TLS certificate: " + e.getMessage(), e);
        }
    }
}
