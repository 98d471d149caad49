package vn.dcim.core.device;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * The discovery inbox's caps ({@code dcim.mqtt.discovery.*}): at most {@code maxUnbound} unbound
 * sources are kept (a new one beyond that is refused and counted), and an unbound source not heard
 * for {@code maxAge} is forgotten.
 */
@ConfigurationProperties("dcim.mqtt.discovery")
public class DiscoverySettings {
    private int maxUnbound = 1000;
    private Duration maxAge = Duration.ofDays(7);

    public int getMaxUnbound() { return maxUnbound; }
    public void setMaxUnbound(int maxUnbound) { this.maxUnbound = maxUnbound; }
    public Duration getMaxAge() { return maxAge; }
    public void setMaxAge(Duration maxAge) { this.maxAge = maxAge; }
}
