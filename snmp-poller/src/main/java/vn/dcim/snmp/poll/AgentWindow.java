package vn.dcim.snmp.poll;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Requests in flight per agent: at most {@code size} are sent and not yet answered (or timed out); the others wait
 * here, in order, and their timeout starts only when they go out. A poll walks every table of its profiles at once,
 * a hundred GETBULKs for a sensor probe's profiles: an agent that answers one request at a time (an embedded card,
 * snmpsim) answered the last of them after their timeout, so the walks stopped short and were asked again, for
 * nothing, by the retries. The rate cap ({@link AgentPace}) spreads a long walk; this keeps a burst from overrunning
 * what the agent can have queued.
 */
final class AgentWindow {
    private final int size;
    private final Map<String, Slots> agents = new ConcurrentHashMap<>();
    private static final int MAX_AGENTS = 100_000;

    private static final class Slots {
        int busy;
        final ArrayDeque<Runnable> waiting = new ArrayDeque<>();
    }

    /** @param size requests in flight per agent; 0 or less: no limit */
    AgentWindow(int size) {
        this.size = size;
    }

    /**
     * Runs {@code request} now if the agent has a free place, else when one frees; the request holds its place until
     * it calls {@link #leave} (once, when its answer or its timeout comes).
     */
    void enter(AgentAddress agent, Runnable request) {
        if (size <= 0) {
            request.run();
            return;
        }
        if (agents.size() > MAX_AGENTS) {
            agents.values().removeIf(s -> {
                synchronized (s) {
                    return s.busy == 0 && s.waiting.isEmpty();
                }
            });
        }
        Slots slots = agents.computeIfAbsent(key(agent), k -> new Slots());
        synchronized (slots) {
            if (slots.busy >= size) {
                slots.waiting.add(request);
                return;
            }
            slots.busy++;
        }
        request.run();
    }

    /** A request's answer or timeout came: the next waiting request of the agent goes out in its place. */
    void leave(AgentAddress agent) {
        if (size <= 0) {
            return;
        }
        Slots slots = agents.get(key(agent));
        if (slots == null) {
            return;
        }
        Runnable next;
        synchronized (slots) {
            next = slots.waiting.poll();
            if (next == null) {
                slots.busy = Math.max(0, slots.busy - 1);
                return;
            }
        }
        next.run(); // keeps the place that was left
    }

    /** Requests of the agent waiting for a place now (for the specs). */
    int waiting(AgentAddress agent) {
        Slots slots = agents.get(key(agent));
        if (slots == null) {
            return 0;
        }
        synchronized (slots) {
            return slots.waiting.size();
        }
    }

    private static String key(AgentAddress agent) {
        return agent.host() + ":" + agent.port() + "/" + (agent.isV3() ? agent.v3User() : agent.community());
    }
}
