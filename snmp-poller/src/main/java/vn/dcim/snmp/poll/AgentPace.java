package vn.dcim.snmp.poll;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rate cap per agent: at most {@code perSecond} requests in any second. A request goes out no sooner
 * than a second after the one {@code perSecond} requests before it, so a poll's first requests go at once
 * and a long walk is spread out. A UPS or PDU card is a small embedded computer; polls of different
 * devices never wait for each other, as each agent keeps its own account (an agent: host, port and
 * community or user, since one simulator answers many recordings on one port).
 * <p>
 * One account per agent in the process: the set-up screen's test, the scan and the poller ask the same card,
 * and together they stay under the cap ({@link #shared}).
 */
final class AgentPace {
    private static final Map<Integer, AgentPace> SHARED = new ConcurrentHashMap<>();

    private static final int MAX_AGENTS = 100_000;
    private static final long SECOND = 1_000_000_000L;
    private final int perSecond;
    private final Map<String, Sent> agents = new ConcurrentHashMap<>();

    /** When the agent's last {@code perSecond} requests went (or go) out, oldest at {@code next}. */
    private static final class Sent {
        final long[] at;
        int next;

        Sent(int perSecond) {
            at = new long[perSecond];
            java.util.Arrays.fill(at, Long.MIN_VALUE / 2);
        }
    }

    /** @param perSecond requests a second per agent; 0 or less: no cap */
    AgentPace(int perSecond) {
        this.perSecond = perSecond;
    }

    /** The process's pace for this cap: every client with the same cap counts an agent's requests together. */
    static AgentPace shared(int perSecond) {
        return perSecond <= 0 ? new AgentPace(0) : SHARED.computeIfAbsent(perSecond, AgentPace::new);
    }

    /** Nanoseconds the next request to the agent waits (0: send now); it is counted as sent at that time. */
    long reserve(AgentAddress agent, long nowNanos) {
        if (perSecond <= 0) {
            return 0;
        }
        if (agents.size() > MAX_AGENTS) {
            agents.clear(); // agents re-addressed again and again: start over rather than grow
        }
        Sent sent = agents.computeIfAbsent(key(agent), k -> new Sent(perSecond));
        synchronized (sent) {
            long at = Math.max(nowNanos, sent.at[sent.next] + SECOND);
            sent.at[sent.next] = at;
            sent.next = (sent.next + 1) % sent.at.length;
            return at - nowNanos;
        }
    }

    /**
     * A held-back request went out later than reserved (its thread was late, e.g. on a loaded machine): its
     * place in the account moves to when it really went, so the requests after it still keep the cap as the
     * agent counts them, not only as they were planned.
     */
    void sentLate(AgentAddress agent, long reservedNanos, long sentNanos) {
        Sent sent = agents.get(key(agent));
        if (sent == null || sentNanos <= reservedNanos) {
            return;
        }
        synchronized (sent) {
            for (int i = 0; i < sent.at.length; i++) {
                if (sent.at[i] == reservedNanos) {
                    sent.at[i] = sentNanos;
                    return;
                }
            }
        }
    }

    private static String key(AgentAddress agent) {
        return agent.host() + ":" + agent.port() + "/" + (agent.isV3() ? agent.v3User() : agent.community());
    }
}
