package vn.dcim.core.error;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A refusal is logged, but a storm of them is not a storm of log lines: at most one line per reason
 * every 10 s, telling how many were refused since the last line (the counters hold every one).
 */
@RequiredArgsConstructor
public final class RateLimitedLog {
    private static final long EVERY_MS = 10_000;
    private final Logger log;
    private final Map<String, long[]> last = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> since = new ConcurrentHashMap<>();

    public void warn(String reason, String message, Object... args) {
        long n = since.computeIfAbsent(reason, k -> new AtomicLong()).incrementAndGet();
        long now = System.nanoTime() / 1_000_000;
        long[] at = last.computeIfAbsent(reason, k -> new long[]{Long.MIN_VALUE / 2});
        synchronized (at) {
            if (now - at[0] < EVERY_MS) {
                return;
            }
            at[0] = now;
        }
        since.get(reason).addAndGet(-n);
        log.warn("[" + reason + ", " + n + " since the last line] " + message, args);
    }
}
