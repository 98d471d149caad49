package vn.dcim.snmp.poll;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * dcim.snmp.*: whether this instance polls, how often it looks for devices that are due, and how politely it
 * asks (back-off of an agent that does not answer, rate cap per agent, rows per walk).
 */
@ConfigurationProperties("dcim.snmp")
public class SnmpSettings {
    private boolean enabled = true;
    private long tickMs = 1000;
    private long maxBackoffS = 900;
    private long deviceRefreshMs = 10_000;
    /** Readings kept in memory while MariaDB cannot take them (~2 min of 5,000 devices × 25 values a minute). */
    private int maxPendingReadings = 300_000;
    /** The rate cap per agent: requests in any second (0: none). */
    private int maxRequestsPerSecond = SnmpClient.DEFAULT_REQUESTS_PER_SECOND;
    /** A walk stops after this many rows: more than any real table, and what a broken agent is held to. */
    private int maxRowsPerWalk = SnmpClient.DEFAULT_MAX_ROWS_PER_WALK;
    /** The centre's own profiles (docs/profiles.md), beside the shipped ones; unset: the shipped ones only. */
    private String profilesDir;
    /** MIB files the centre keeps (its vendors' MIBs): names, units and scales for a profile drafted from a walk. */
    private String mibsDir;
    /** How often the profiles directory is looked at for files added, changed or removed (0: only at start and on a save here). */
    private long profilesRescanMs = 30_000;

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
    public int getMaxRequestsPerSecond() { return maxRequestsPerSecond; }
    public void setMaxRequestsPerSecond(int maxRequestsPerSecond) { this.maxRequestsPerSecond = maxRequestsPerSecond; }
    public int getMaxRowsPerWalk() { return maxRowsPerWalk; }
    public void setMaxRowsPerWalk(int maxRowsPerWalk) { this.maxRowsPerWalk = maxRowsPerWalk; }
    public String getProfilesDir() { return profilesDir; }
    public void setProfilesDir(String profilesDir) { this.profilesDir = profilesDir; }
    public String getMibsDir() { return mibsDir; }
    public long getProfilesRescanMs() { return profilesRescanMs; }
    public void setProfilesRescanMs(long profilesRescanMs) { this.profilesRescanMs = profilesRescanMs; }
    public void setMibsDir(String mibsDir) { this.mibsDir = mibsDir; }
}
