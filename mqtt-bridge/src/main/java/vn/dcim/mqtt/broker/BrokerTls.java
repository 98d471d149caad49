package vn.dcim.mqtt.broker;

import javax.net.SocketFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

/** The socket factories for the broker: TLS for {@code ssl://} URLs (Art. 25.3: encrypted transport), buffered TCP otherwise. */
public final class BrokerTls {
    private BrokerTls() {
    }

    /** What every Paho client of the bridge connects with. */
    public static SocketFactory sockets(BrokerSettings settings) {
        return settings.isTls() ? socketFactory(settings) : new BufferedSocketFactory();
    }

    /** Trusts the configured trust store, or the JVM's default CAs when none is configured. */
    public static SSLSocketFactory socketFactory(BrokerSettings settings) {
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            if (settings.getTruststore() == null || settings.getTruststore().isBlank()) {
                tmf.init((KeyStore) null);
            } else {
                KeyStore store = KeyStore.getInstance(settings.getTruststoreType());
                char[] password = settings.getTruststorePassword() == null ? null : settings.getTruststorePassword().toCharArray();
                try (InputStream in = Files.newInputStream(Path.of(settings.getTruststore()))) {
                    store.load(in, password);
                }
                tmf.init(store);
            }
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, tmf.getTrustManagers(), null);
            return ctx.getSocketFactory();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("MQTT TLS trust store " + settings.getTruststore() + " cannot be used: " + e.getMessage(), e);
        }
    }
}
