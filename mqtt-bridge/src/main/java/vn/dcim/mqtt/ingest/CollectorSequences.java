package vn.dcim.mqtt.ingest;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.collector.SiteCollectors;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Which batches of each remote collector's stream (collector id + buffer epoch) the center has stored
 * (V95 {@code collector_stream}). A collector sends its batches in order, one at a time, and sends one
 * again only when the broker's acknowledgement did not reach it. The order does not survive the way to
 * the pipeline: with several bridge connections in a shared subscription ({@link BridgeConnections}) the
 * broker hands batch n to one connection and n+1 to another, and n+1 may be committed first. So a batch is
 * a replay only when its own sequence was stored: at or below the stream's floor (every batch up to it
 * stored), or one of those stored above the floor; the database keeps the floor, so after a restart a
 * batch stored above it is stored again, which the series store ignores (its points are unique per series
 * and time), where skipping a batch never stored would lose it. Checked on the pipeline's worker thread,
 * after the previous batch's commit, so a replay queued behind its original is caught too.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CollectorSequences {
    /**
     * Batches stored above a gap before the gap is given up: the collector dropped those batches from its
     * full buffer and never sends them. Far more than a connection's reconnect holds back.
     */
    static final int MOST_AHEAD = 1_000;

    private final SiteCollectors collectors;
    private final Map<String, Stream> streams = new ConcurrentHashMap<>();
    private final AtomicLong replays = new AtomicLong();

    /** Not stored before, nor earlier in the batch being built. */
    boolean isNew(Decoded.CollectorBatch c, List<Decoded.CollectorBatch> inBatch) {
        boolean fresh = !stream(c).stored(c.seq()) && inBatch.stream().noneMatch(o -> key(o).equals(key(c)) && o.seq() == c.seq());
        if (!fresh) {
            replays.incrementAndGet();
        }
        return fresh;
    }

    /** The batches are committed: their sequences are recorded, here, and the floor in the database. */
    void committed(List<Decoded.CollectorBatch> batches) {
        for (Decoded.CollectorBatch c : batches) {
            long floor = stream(c).add(c.seq());
            collectors.committed(c.collector(), c.epoch(), floor, c.buffered(), c.dropped());
        }
    }

    /** Batches skipped as replays since start. */
    public long replays() {
        return replays.get();
    }

    private Stream stream(Decoded.CollectorBatch c) {
        return streams.computeIfAbsent(key(c), k -> new Stream(collectors.lastSequence(c.collector(), c.epoch()).orElse(0)));
    }

    private static String key(Decoded.CollectorBatch c) {
        return c.collector() + "/" + c.epoch();
    }

    /** One collector stream: every batch up to {@code floor} stored, and those stored above it. */
    private static final class Stream {
        private long floor;
        private final TreeSet<Long> above = new TreeSet<>();

        Stream(long floor) {
            this.floor = floor;
        }

        synchronized boolean stored(long seq) {
            return seq <= floor || above.contains(seq);
        }

        /** Records a stored batch; returns the floor. */
        synchronized long add(long seq) {
            if (seq > floor) {
                above.add(seq);
                if (above.size() > MOST_AHEAD) {
                    floor = above.pollFirst();
                }
                while (above.remove(floor + 1)) {
                    floor++;
                }
            }
            return floor;
        }
    }
}
