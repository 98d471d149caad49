package vn.dcim.mqtt.broker;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * How the bridge reaches the broker ({@code dcim.mqtt.*}); TLS is used for {@code ssl://} URLs
 * (Art. 25.3: encrypted transport).
 */
@ConfigurationProperties("dcim.mqtt")
public class BrokerSettings {
    private String url = "tcp://127.0.0.1:1883";
    private String clientId = "dcim-bridge";
    @Nullable
    private String username;
    @Nullable
    private String password;
    @Nullable
    private String sharedGroup;
    @Nullable
    private String truststore;
    @Nullable
    private String truststorePassword;
    private String truststoreType = "PKCS12";
    /** Connections of this bridge to the broker; 0: decided from the rest ({@code BridgeConnections}). */
    private int connections;
    /** The product's own broker (Moquette): MQTT 3.1.1 only, so no shared subscription and one connection. */
    private boolean embedded;

    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getClientId() { return clientId; }
    public void setClientId(String clientId) { this.clientId = clientId; }
    @Nullable public String getUsername() { return username; }
    public void setUsername(@Nullable String username) { this.username = username; }
    @Nullable public String getPassword() { return password; }
    public void setPassword(@Nullable String password) { this.password = password; }
    @Nullable public String getSharedGroup() { return sharedGroup; }
    public void setSharedGroup(@Nullable String sharedGroup) { this.sharedGroup = sharedGroup; }
    /** A trust store file with the broker's CA for {@code ssl://}; the JVM's default trust when unset. */
    @Nullable public String getTruststore() { return truststore; }
    public void setTruststore(@Nullable String truststore) { this.truststore = truststore; }
    @Nullable public String getTruststorePassword() { return truststorePassword; }
    public void setTruststorePassword(@Nullable String truststorePassword) { this.truststorePassword = truststorePassword; }
    public String getTruststoreType() { return truststoreType; }
    public void setTruststoreType(String truststoreType) { this.truststoreType = truststoreType; }

    public int getConnections() { return connections; }
    public void setConnections(int connections) { this.connections = connections; }
    public boolean isEmbedded() { return embedded; }
    public void setEmbedded(boolean embedded) { this.embedded = embedded; }

    public boolean isTls() {
        return url.startsWith("ssl://") || url.startsWith("wss://");
    }

    public boolean hasSharedGroup() {
        return sharedGroup != null && !sharedGroup.isBlank();
    }

    public boolean hasCredentials() {
        return username != null && !username.isBlank();
    }
}
