package vn.dcim.core.devicelog;

import jakarta.inject.Singleton;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the trap and syslog receivers got and refused since start, per receiver and outcome
 * ("received", "stored", "malformed", "oversized", "wrong_community", "v3_refused", "queue_full", ...);
 * shown at /prometheus as dcim_receiver_messages_total{receiver, outcome}.
 */
@Singleton
public class ReceiverCounts {
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

    public void add(String receiver, String outcome) {
        add(receiver, outcome, 1);
    }

    public void add(String receiver, String outcome, long n) {
        counts.computeIfAbsent(receiver + "|" + outcome, k -> new AtomicLong()).addAndGet(n);
    }

    public long get(String receiver, String outcome) {
        AtomicLong n = counts.get(receiver + "|" + outcome);
        return n == null ? 0 : n.get();
    }

    /** "receiver|outcome" to count. */
    public Map<String, Long> snapshot() {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }
}
