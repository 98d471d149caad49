package vn.dcim.core.schedule;

import io.micronaut.context.annotation.ConfigurationProperties;

/** dcim.scheduler.*: Quartz on the product's MariaDB, clustered so that each duty fires once. */
@ConfigurationProperties("dcim.scheduler")
public class SchedulerSettings {
    private boolean enabled = true;
    private int threads = 3;
    private long clusterCheckinMs = 7_500;
    private long misfireThresholdMs = 60_000;

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public int getThreads() { return threads; }
    public void setThreads(int threads) { this.threads = threads; }
    public long getClusterCheckinMs() { return clusterCheckinMs; }
    public void setClusterCheckinMs(long clusterCheckinMs) { this.clusterCheckinMs = clusterCheckinMs; }
    public long getMisfireThresholdMs() { return misfireThresholdMs; }
    public void setMisfireThresholdMs(long misfireThresholdMs) { this.misfireThresholdMs = misfireThresholdMs; }
}
