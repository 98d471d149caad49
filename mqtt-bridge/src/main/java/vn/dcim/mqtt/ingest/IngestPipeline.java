package vn.dcim.mqtt.ingest;

import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.threads.NamedThreads;
import vn.dcim.core.access.AccessEvent;
import vn.dcim.core.access.AccessLog;
import vn.dcim.core.telemetry.Reading;
import vn.dcim.core.telemetry.ReadingSink;
import vn.dcim.core.deadletter.DeadLetter;
import vn.dcim.mqtt.deadletter.DeadLetterCounter;
import vn.dcim.core.deadletter.DeadLetterReason;
import vn.dcim.core.deadletter.DeadLetterStore;

import vn.dcim.core.device.DiscoveredSource;
import vn.dcim.core.device.DiscoveredSources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Batches messages into the database and acknowledges them only once their batch is committed.
 * A batch is whatever arrived while the previous one was being written, so batches grow with the
 * load and a quiet stream is written at once. A failed commit is retried with back-off until the
 * database is back; meanwhile the queue fills, the broker callback blocks and the broker holds the
 * rest: nothing is acknowledged that is not stored. Replays are harmless: access events are unique
 * per (device, message id) and readings per (device, metric, instance, time).
 */
@Singleton
public class IngestPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(IngestPipeline.class);
    private static final long MAX_BACKOFF_MS = 5_000;

    private final MessageDecoder decoder;
    private final AccessLog accessLog;
    private final ReadingSink readings;
    private final DeadLetterStore deadLetters;
    private final DiscoveredSources discovered;
    private final AtomicLong discoveredCount = new AtomicLong();
    private final AtomicLong droppedCount = new AtomicLong();
    private volatile long droppedLoggedAt = Long.MIN_VALUE / 2;
    private final DeadLetterCounter rejected;
    private final CollectorSequences sequences;
    private final RetainedReplays replays;
    private final BlockingQueue<Pending> queue;
    private final int batchSize;
    private final Thread worker;
    private final ExecutorService accessWriter = NamedThreads.single("mqtt-access-writer");
    private volatile boolean running = true;

    private final AtomicLong committed = new AtomicLong();
    private final AtomicLong accessCount = new AtomicLong();
    private final AtomicLong readingCount = new AtomicLong();
    private final AtomicLong deadCount = new AtomicLong();
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong decodeNanos = new AtomicLong();
    private final AtomicLong storeNanos = new AtomicLong();

    IngestPipeline(MessageDecoder decoder, AccessLog accessLog, ReadingSink readings, DeadLetterStore deadLetters,
                   DeadLetterCounter rejected, BridgeSettings settings, CollectorSequences sequences,
                   DiscoveredSources discovered, RetainedReplays replays) {
        this.decoder = decoder;
        this.replays = replays;
        this.discovered = discovered;
        this.sequences = sequences;
        this.accessLog = accessLog;
        this.readings = readings;
        this.deadLetters = deadLetters;
        this.rejected = rejected;
        this.queue = new ArrayBlockingQueue<>(settings.getQueueCapacity());
        this.batchSize = settings.getBatchSize();
        this.worker = NamedThreads.start("mqtt-ingest", this::run);
    }

    /** Blocks while the queue is full, which makes the broker wait (back-pressure). */
    public void submit(Inbound message) throws InterruptedException {
        // decoding here, on the broker's callback thread, overlaps it with the previous batch's commit
        Decoded decoded;
        try {
            decoded = decodeOne(message);
        } catch (KnownDevices.RegistryUnavailableException e) {
            decoded = null;
        }
        queue.put(new Pending(message, decoded));
    }

    /** A message and what it decoded to; null when the registry was unreachable (decoded again at commit). */
    private record Pending(Inbound message, @Nullable Decoded decoded) {
    }

    /** Messages kept in the discovery inbox, and those of new sources refused because it was full. */
    public long discovered() {
        return discoveredCount.get();
    }

    public long discoveryDropped() {
        return droppedCount.get();
    }

    public IngestStats stats() {
        return new IngestStats(committed.get(), accessCount.get(), readingCount.get(), deadCount.get(), batches.get(),
                retries.get(), queue.size(), decodeNanos.get() / 1_000_000, storeNanos.get() / 1_000_000);
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(batchSize);
        while (running) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, batchSize - 1);
                process(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void process(List<Pending> batch) throws InterruptedException {
        Batch b;
        long backoff = 100;
        while (true) {
            try {
                long t0 = System.nanoTime();
                b = decode(batch);
                long t1 = System.nanoTime();
                b.store(accessLog, readings, deadLetters, accessWriter);
                discovered.heard(List.copyOf(b.heard.values()));
                // after the readings' commit: a crash in between stores the batch again, which the
                // series store ignores (its points are unique per series and time)
                sequences.committed(b.collectorBatches);
                decodeNanos.addAndGet(t1 - t0);
                storeNanos.addAndGet(System.nanoTime() - t1);
                break;
            } catch (RuntimeException e) {
                if (!running) {
                    // not stored and not acknowledged: the broker delivers these again to the next start
                    return;
                }
                retries.incrementAndGet();
                LOG.warn("Could not commit a batch of {} MQTT messages ({}); retrying in {} ms", batch.size(), e.getMessage(), backoff);
                Thread.sleep(backoff);
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
            }
        }
        for (DeadLetter d : b.deadLetters) {
            rejected.increment(d.reason());
            LOG.warn("MQTT message refused ({}): topic {}: {}", d.reason(), d.topic(), d.detail());
        }
        for (Pending p : batch) {
            p.message().ack().run();
        }
        discoveredCount.addAndGet(b.heard.size());
        if (b.dropped > 0) {
            droppedCount.addAndGet(b.dropped);
            long now = System.nanoTime() / 1_000_000;
            if (now - droppedLoggedAt > 60_000) {
                droppedLoggedAt = now;
                LOG.warn("MQTT discovery inbox full: {} messages of new sources not kept ({} in all; e.g. {})", b.dropped,
                        droppedCount.get(), b.droppedWhy);
            }
        }
        committed.addAndGet(batch.size());
        accessCount.addAndGet(b.access.size());
        readingCount.addAndGet(b.readings.size());
        deadCount.addAndGet(b.deadLetters.size());
        batches.incrementAndGet();
    }

    private Batch decode(List<Pending> batch) {
        Batch b = new Batch();
        for (Pending p : batch) {
            Decoded d = p.decoded() != null ? p.decoded() : decodeOne(p.message());
            if (d instanceof Decoded.Readings r) {
                b.readings.addAll(p.message().retained() ? replays.news(r.readings(), p.message().receivedTime()) : r.readings());
            } else if (d instanceof Decoded.CollectorBatch c) {
                // a batch sent again after a reconnect (its PUBACK was lost) is skipped, not stored twice
                if (sequences.isNew(c, b.collectorBatches)) {
                    b.readings.addAll(c.readings());
                    b.collectorBatches.add(c);
                }
            } else if (d instanceof Decoded.Access a) {
                b.access.add(a.event());
            } else if (d instanceof Decoded.Rejected x) {
                b.deadLetters.add(x.letter());
            } else if (d instanceof Decoded.Vendor v) {
                b.readings.addAll(p.message().retained() ? replays.news(v.readings(), p.message().receivedTime()) : v.readings());
                b.access.addAll(v.access());
            } else if (d instanceof Decoded.Discovered h) {
                b.heard(h.heard());
            } else if (d instanceof Decoded.Dropped x) {
                b.dropped++;
                b.droppedWhy = x.why();
            }
        }
        return b;
    }

    private Decoded decodeOne(Inbound m) {
        try {
            return decoder.decode(m);
        } catch (KnownDevices.RegistryUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            // a payload that passed its schema and still cannot be mapped: refused, not fatal
            return new Decoded.Rejected(DeadLetter.of(m.receivedTime(), DeadLetterReason.schema,
                    "cannot be mapped: " + e.getMessage(), m.topic(), m.payload()));
        }
    }

    private static final class Batch {
        final List<AccessEvent> access = new ArrayList<>();
        final List<Reading> readings = new ArrayList<>();
        final List<DeadLetter> deadLetters = new ArrayList<>();
        final List<Decoded.CollectorBatch> collectorBatches = new ArrayList<>();
        final Map<String, DiscoveredSource.Heard> heard = new LinkedHashMap<>();
        int dropped;
        String droppedWhy;

        /** One row per source and batch: the latest message, the count of them all. */
        void heard(DiscoveredSource.Heard h) {
            heard.merge(DiscoveredSources.key(h.dialect(), h.sourceId()), h, (a, n) -> new DiscoveredSource.Heard(n.dialect(),
                    n.sourceId(), n.seen().isAfter(a.seen()) ? n.seen() : a.seen(), a.messages() + n.messages(), n.topic(),
                    n.payload(), n.wouldGive()));
        }

        /** The access log and the readings are different tables: written at once, on two connections. */
        void store(AccessLog accessLog, ReadingSink sink, DeadLetterStore dead, ExecutorService accessWriter) {
            if (access.isEmpty() || readings.isEmpty()) {
                accessLog.append(access);
                sink.record(readings);
            } else {
                Future<?> appended = accessWriter.submit(() -> accessLog.append(access));
                RuntimeException failure = null;
                try {
                    sink.record(readings);
                } catch (RuntimeException e) {
                    failure = e;
                }
                try {
                    appended.get();
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while appending to the access log", e);
                }
                if (failure != null) {
                    throw failure;
                }
            }
            dead.append(deadLetters);
        }
    }

    @PreDestroy
    void close() throws InterruptedException {
        running = false;
        worker.interrupt();
        worker.join(5_000);
        accessWriter.shutdownNow();
    }
}
