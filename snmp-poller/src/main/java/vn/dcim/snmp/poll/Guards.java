package vn.dcim.snmp.poll;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.error.RateLimitedLog;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts each time a {@link Guard} steps in and logs it at WARN with the agent and the OID, at most one
 * line per guard and agent every few seconds (the count says how many were folded into it): a broken
 * agent is told about, never silently, and never as a flood of lines.
 */
public final class Guards {
    private static final Logger LOG = LoggerFactory.getLogger(Guards.class);
    private final RateLimitedLog log = new RateLimitedLog(LOG);
    private final Map<Guard, AtomicLong> counts = new EnumMap<>(Guard.class);
    private final AtomicLong requests = new AtomicLong();

    public Guards() {
        for (Guard g : Guard.values()) {
            counts.put(g, new AtomicLong());
        }
    }

    /** The guard stepped in for this agent; {@code what} says where (the OID) and why, in an operator's words. */
    void stepIn(Guard guard, AgentAddress agent, String what) {
        counts.get(guard).incrementAndGet();
        String where = agent.host() + ":" + agent.port();
        log.warn(guard.name() + " " + where, "SNMP agent {}: {}", where, what);
    }

    /** The guard stepped in for a reason that is no one's fault (a poll stopped for a device disabled): counted, not logged. */
    void counted(Guard guard) {
        counts.get(guard).incrementAndGet();
    }

    void sent() {
        requests.incrementAndGet();
    }

    /** How often the guard stepped in since start. */
    public long count(Guard guard) {
        return counts.get(guard).get();
    }

    /** SNMP requests sent since start (without SNMP4J's resends after a timeout). */
    public long requests() {
        return requests.get();
    }
}
