package vn.dcim.core.lease;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;

/**
 * dcim.snmp.lease.*: who this poller is among the live ones, which sites it serves, and how long a
 * device stays its own without a renewal (a dead poller's devices are taken over after that).
 */
@ConfigurationProperties("dcim.snmp.lease")
public class LeaseSettings {
    private String instanceId;
    private List<String> sites = List.of();
    private Duration ttl = Duration.ofSeconds(30);

    /**
     * DCIM_POLLER_ID, or host name, process id and a random tag: a restarted process is a new poller, and
     * so is each application context of one JVM (specs run several).
     */
    public String getInstanceId() {
        if (instanceId == null || instanceId.isBlank()) {
            instanceId = host() + "-" + ManagementFactory.getRuntimeMXBean().getPid() + "-"
                    + Integer.toHexString(new java.security.SecureRandom().nextInt(0x10000));
        }
        return instanceId;
    }

    public void setInstanceId(String instanceId) { this.instanceId = instanceId; }

    /** Site ids this poller serves (DCIM_POLLER_SITES); empty: every site no live poller is bound to. */
    public List<String> getSites() { return sites; }

    public void setSites(List<String> sites) {
        this.sites = sites == null ? List.of() : sites.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public Duration getTtl() { return ttl; }
    public void setTtl(Duration ttl) { this.ttl = ttl; }

    /** Leases are renewed three times a lease, so one missed renewal (a slow commit) loses nothing. */
    public Duration renewEvery() {
        return ttl.dividedBy(3);
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "poller";
        }
    }
}
