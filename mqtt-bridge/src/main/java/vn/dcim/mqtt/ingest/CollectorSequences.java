package vn.dcim.mqtt.ingest;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.collector.SiteCollectors;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Which batches of each remote collector's stream (collector id + buffer epoch) the center has stored
 * (V95 {@code collector_stream}). A collector sends its batches in order, one at a time,
 * and sends one again only when the broker's acknowledgement did not reach it; so a batch at or below
 * the highest stored sequence is a replay and is skipped. Checked on the pipeline's worker thread,
 * after the previous batch's commit, so a replay queued behind its original is caught too.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CollectorSequences {
    private final SiteCollectors collectors;
    private final Map<String, Long> highest = new ConcurrentHashMap<>();
    private final AtomicLong replays = new AtomicLong();

    /** Not stored before, nor earlier in the batch being built. */
    boolean isNew(Decoded.CollectorBatch c, List<Decoded.CollectorBatch> inBatch) {
        long stored = highest.computeIfAbsent(key(c), k -> collectors.lastSequence(c.collector(), c.epoch()).orElse(0));
        boolean fresh = c.seq() > stored && inBatch.stream().noneMatch(o -> key(o).equals(key(c)) && o.seq() >= c.seq());
        if (!fresh) {
            replays.incrementAndGet();
        }
        return fresh;
    }

    /** The batches are committed: their sequences are recorded, in the database and here. */
    void committed(List<Decoded.CollectorBatch> batches) {
        for (Decoded.CollectorBatch c : batches) {
            collectors.committed(c.collector(), c.epoch(), c.seq(), c.buffered(), c.dropped());
            highest.merge(key(c), c.seq(), Math::max);
        }
    }

    /** Batches skipped as replays since start. */
    public long replays() {
        return replays.get();
    }

    private static String key(Decoded.CollectorBatch c) {
        return c.collector() + "/" + c.epoch();
    }
}
