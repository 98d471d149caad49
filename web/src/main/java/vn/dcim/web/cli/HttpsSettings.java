package vn.dcim.web.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.crypto.KeyDirectory;
import vn.dcim.core.crypto.TlsKeystore;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * HTTPS of the web server (Art. 25.3: encrypted transmission), from the DCIM_* variables, as the
 * Micronaut properties the launcher starts the context with. Off unless switched on: a first run
 * answers plain HTTP on DCIM_PORT, with no certificate warning to meet.
 *
 * <ul>
 *   <li>{@code DCIM_HTTPS=true} or {@code DCIM_HTTPS_PORT} switches it on (port 8443 by default);</li>
 *   <li>{@code DCIM_HTTP=redirect} (default with HTTPS) answers plain HTTP on DCIM_PORT with a redirect
 *       to HTTPS, {@code off} does not listen on plain HTTP at all, {@code on} serves both;</li>
 *   <li>{@code DCIM_TLS_KEYSTORE} / {@code DCIM_TLS_KEYSTORE_PASSWORD}: the PKCS12 key store to present;
 *       without it a self-signed one is generated once in the key directory ({@link TlsKeystore}).</li>
 * </ul>
 */
public record HttpsSettings(boolean enabled, int port, HttpMode http, TlsKeystore keystore) {
    private static final Logger LOG = LoggerFactory.getLogger(HttpsSettings.class);
    static final int DEFAULT_PORT = 8443;

    /** What happens to plain HTTP once HTTPS is on. */
    public enum HttpMode { off, redirect, on }

    public static HttpsSettings off() {
        return new HttpsSettings(false, DEFAULT_PORT, HttpMode.on, null);
    }

    /** Reads the variables through {@code env} (System::getenv in the product, a map in specs). */
    public static HttpsSettings from(Function<String, String> env, Path dataDir) {
        String https = value(env, "DCIM_HTTPS");
        String port = value(env, "DCIM_HTTPS_PORT");
        boolean enabled = https != null ? Boolean.parseBoolean(https) : port != null;
        if (!enabled) {
            return off();
        }
        String mode = value(env, "DCIM_HTTP");
        HttpMode http;
        try {
            http = mode == null ? HttpMode.redirect : HttpMode.valueOf(mode.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("DCIM_HTTP must be off, redirect or on, not " + mode, e);
        }
        return new HttpsSettings(true, port == null ? DEFAULT_PORT : Integer.parseInt(port), http, keystore(env, dataDir));
    }

    /**
     * The installed key store, or the generated one in the key directory (DCIM_KEYS_DIR, default beside
     * the data directory); also what the embedded broker's TLS listener presents.
     */
    public static TlsKeystore keystore(Function<String, String> env, Path dataDir) {
        String configured = value(env, "DCIM_TLS_KEYSTORE");
        if (configured != null) {
            return TlsKeystore.configured(Path.of(configured), value(env, "DCIM_TLS_KEYSTORE_PASSWORD"));
        }
        String keysDir = value(env, "DCIM_KEYS_DIR");
        KeyDirectory keys = KeyDirectory.at(keysDir == null ? KeyDirectory.besideDataDir(dataDir) : Path.of(keysDir));
        TlsKeystore generated = TlsKeystore.generated(keys, TlsKeystore.defaultHosts(publicUrlHost(value(env, "DCIM_PUBLIC_URL"))),
                java.time.Instant.now());
        LOG.info("TLS certificate: the generated self-signed one in {} (install your own with DCIM_TLS_KEYSTORE)", generated.path());
        return generated;
    }

    /** The Micronaut properties of these settings; none when HTTPS is off. */
    public Map<String, Object> properties(Function<String, String> env) {
        Map<String, Object> props = new LinkedHashMap<>();
        if (!enabled) {
            return props;
        }
        props.put("micronaut.server.ssl.enabled", true);
        props.put("micronaut.server.ssl.port", port);
        props.put("micronaut.server.ssl.key-store.path", "file:" + keystore.path());
        props.put("micronaut.server.ssl.key-store.password", keystore.password());
        props.put("micronaut.server.ssl.key-store.type", keystore.type());
        // off: only the HTTPS listener; redirect and on: a plain listener on DCIM_PORT beside it
        props.put("micronaut.server.dual-protocol", http != HttpMode.off);
        props.put("micronaut.server.http-to-https-redirect", http == HttpMode.redirect);
        // the CSRF cookie is Secure once every page comes over HTTPS (the session cookie follows the
        // request by itself); DCIM_COOKIE_SECURE stays the operator's override
        if (value(env, "DCIM_COOKIE_SECURE") == null) {
            props.put("micronaut.security.csrf.cookie-secure", http != HttpMode.on);
        }
        return props;
    }

    static String publicUrlHost(String publicUrl) {
        if (publicUrl == null) {
            return null;
        }
        try {
            return URI.create(publicUrl).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String value(Function<String, String> env, String name) {
        String v = env.apply(name);
        return v == null || v.isBlank() ? null : v.trim();
    }
}
