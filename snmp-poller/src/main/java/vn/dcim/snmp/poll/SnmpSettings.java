package vn.dcim.snmp.poll;

import io.micronaut.context.annotation.ConfigurationProperties;

/** dcim.snmp.*: whether this instance polls, and how often it looks for devices that are due. */
@ConfigurationProperties("dcim.snmp")
public class SnmpSettings {
    private boolean enabled = true;
    private long tickMs = 1000;
    private long maxBackoffS = 900;
    private long deviceRefreshMs = 10_000;
    /** Readings kept in memory while MariaDB cannot take them (~2 min of 5,000 devices × 25 values a minute). */
    private int maxPendingReadings = 300_000;

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public long getTickMs() { return tickMs; }
    public void setTickMs(long tickMs) { this.tickMs = tickMs; }
    public long getDeviceRefreshMs() { return deviceRefreshMs; }
    public void setDeviceRefreshMs(long deviceRefreshMs) { this.deviceRefreshMs = deviceRefreshMs; }
    public int getMaxPendingReadings() { return maxPendingReadings; }
    public void setMaxPendingReadings(int maxPendingReadings) { this.maxPendingReadings = maxPendingReadings; }
    public long getMaxBackoffS() { return maxBackoffS; }
    public void setMaxBackoffS(long maxBackoffS) { this.maxBackoffS = maxBackoffS; }
}
