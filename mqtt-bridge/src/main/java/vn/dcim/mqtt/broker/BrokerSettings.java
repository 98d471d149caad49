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
}
