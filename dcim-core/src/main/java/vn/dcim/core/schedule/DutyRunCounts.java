package vn.dcim.core.schedule;

import jakarta.inject.Singleton;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Duty runs this instance finished since start, per outcome: the center's Prometheus counts them
 *. The duty_run table holds the history; this is only what a scrape needs, without a query.
 */
@Singleton
public class DutyRunCounts {
    private final Map<RunStatus, AtomicLong> counts = new EnumMap<>(RunStatus.class);

    public DutyRunCounts() {
        for (RunStatus s : RunStatus.values()) {
            counts.put(s, new AtomicLong());
        }
    }

    void finished(RunStatus status) {
        counts.get(status).incrementAndGet();
    }

    public long count(RunStatus status) {
        return counts.get(status).get();
    }
}
