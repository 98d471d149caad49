package vn.dcim.mqtt.ingest;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * The bridge's own tuning ({@code dcim.mqtt.bridge.*}). {@code inflight} is what the bridge lets the
 * broker have unacknowledged (MQTT 5 receive maximum; with MQTT 3.1.1 the broker's
 * {@code max_inflight_messages} decides): batches cannot be larger than that, and the next batch is received
 * while one is committed only if the window holds both (hence twice the batch and more).
 */
@ConfigurationProperties("dcim.mqtt.bridge")
public class BridgeSettings {
    private boolean enabled = true;
    private int batchSize = 4000;
    private int queueCapacity = 20_000;
    private int inflight = 10_000;
    private String topicFilter = "dcim/#";
    /** How far a device's clock may run ahead of the server's before its messages go to the dead letters. */
    private Duration maxClockSkew = Duration.ofDays(1);
    /**
     * How often the bridge pings an idle broker (MQTT keep-alive, whole seconds): a broker that has heard nothing for
     * one and a half times this drops the connection, and the bridge notices a silent broker after about as long.
     */
    private Duration keepAlive = Duration.ofSeconds(30);
    /**
     * How often, at most, a message from a device the bridge does not know makes it read the registry again: a device
     * added in the registry (or a site given to a remote collector) is accepted after at most this long, and a stream
     * of unknown devices costs one registry query per this long, not one a message.
     */
    private Duration deviceRefresh = Duration.ofSeconds(5);

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public int getBatchSize() { return batchSize; }
    public void setBatchSize(int batchSize) { this.batchSize = batchSize; }
    public int getQueueCapacity() { return queueCapacity; }
    public void setQueueCapacity(int queueCapacity) { this.queueCapacity = queueCapacity; }
    public int getInflight() { return inflight; }
    public void setInflight(int inflight) { this.inflight = inflight; }
    public String getTopicFilter() { return topicFilter; }
    public void setTopicFilter(String topicFilter) { this.topicFilter = topicFilter; }
    public Duration getMaxClockSkew() { return maxClockSkew; }
    public void setMaxClockSkew(Duration maxClockSkew) { this.maxClockSkew = maxClockSkew; }
    public Duration getKeepAlive() { return keepAlive; }
    public void setKeepAlive(Duration keepAlive) { this.keepAlive = keepAlive; }
    public Duration getDeviceRefresh() { return deviceRefresh; }
    public void setDeviceRefresh(Duration deviceRefresh) { this.deviceRefresh = deviceRefresh; }
    /** The keep-alive as MQTT carries it: whole seconds, at least one (0 would switch the pings off). */
    int keepAliveSeconds() { return (int) Math.max(1, Math.min(65_535, keepAlive.toSeconds())); }
}
