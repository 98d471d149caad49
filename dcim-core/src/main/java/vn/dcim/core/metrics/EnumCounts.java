package vn.dcim.core.metrics;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How often each value of an enum (an outcome, a reason for a refusal) happened since start: what a
 * Prometheus counter reads without a query. Every value starts at zero, so a scrape shows it before it
 * first happens.
 */
public class EnumCounts<E extends Enum<E>> {
    private final Class<E> type;
    private final Map<E, AtomicLong> counts;

    public EnumCounts(Class<E> type) {
        this.type = type;
        this.counts = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            counts.put(value, new AtomicLong());
        }
    }

    /** One more; the count since start. */
    public long increment(E value) {
        return counts.get(value).incrementAndGet();
    }

    public long count(E value) {
        return counts.get(value).get();
    }

    /** Every value's count at this moment. */
    public Map<E, Long> snapshot() {
        Map<E, Long> out = new EnumMap<>(type);
        counts.forEach((value, n) -> out.put(value, n.get()));
        return out;
    }
}
