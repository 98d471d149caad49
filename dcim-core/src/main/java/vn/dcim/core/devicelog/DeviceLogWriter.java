package vn.dcim.core.devicelog;

import vn.dcim.core.threads.NamedThreads;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Where the receivers hand what they heard: a bounded queue (a storm never takes the memory; what
 * does not fit is counted as "queue_full" and logged), written by one thread in batches of up to
 * {@value #BATCH} rows, at the latest {@value #LINGER_MS} ms after an entry arrived; each stored entry
 * is then forwarded to the SOC collector when one is set (Art. 26.3). A database that refuses keeps
 * the batch and is tried again for up to 30 s (an outage that long loses nothing); an entry the database
 * refuses by itself is counted "store_failed" and dropped, never retried for ever.
 */
@Singleton
@Requires(property = "dcim.collector.enabled", notEquals = "true")
public class DeviceLogWriter {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceLogWriter.class);
    static final int BATCH = 1000;
    static final long LINGER_MS = 100;

    private final DeviceLog log;
    private final SocForwarder forwarder;
    private final ReceiverCounts counts;
    private final UnknownSenderLimit unknownSenders;
    private final BlockingQueue<DeviceLogEntry> queue;
    private final Thread thread;
    private volatile boolean running = true;

    DeviceLogWriter(DeviceLog log, SocForwarder forwarder, ReceiverCounts counts, UnknownSenderLimit unknownSenders,
                    @Value("${dcim.device-log.queue:200000}") int capacity) {
        this.log = log;
        this.forwarder = forwarder;
        this.counts = counts;
        this.unknownSenders = unknownSenders;
        this.queue = new ArrayBlockingQueue<>(Math.max(1000, capacity));
        this.thread = NamedThreads.start("device-log-writer", this::run);
    }

    /**
     * Queues the entry; false (and counted) when the queue is full, or when it comes from a sender no device is
     * bound to that is over its limit ({@link UnknownSenderLimit}). Never blocks the receiver.
     */
    public boolean offer(DeviceLogEntry entry) {
        if (entry.deviceId() == null && !unknownSenders.admit(entry)) {
            return false;
        }
        if (queue.offer(entry)) {
            return true;
        }
        counts.add(entry.source().name(), "queue_full");
        LOG.warn("Device log queue full: {} entry from {} dropped", entry.source(), entry.sender());
        return false;
    }

    /** Entries waiting to be written. */
    public int pending() {
        return queue.size();
    }

    private void run() {
        List<DeviceLogEntry> batch = new ArrayList<>(BATCH);
        int failures = 0;
        while (running || !queue.isEmpty()) {
            try {
                if (batch.isEmpty()) {
                    DeviceLogEntry first = queue.poll(200, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                    // a short linger gathers a storm into big batches; one entry alone waits at most LINGER_MS
                    long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LINGER_MS);
                    while (batch.size() < BATCH) {
                        long left = until - System.nanoTime();
                        DeviceLogEntry next = left <= 0 ? queue.poll() : queue.poll(left, TimeUnit.NANOSECONDS);
                        if (next == null) {
                            break;
                        }
                        batch.add(next);
                    }
                }
                log.append(batch);
                for (DeviceLogEntry e : batch) {
                    counts.add(e.source().name(), "stored");
                    forwarder.forward(e);
                }
                batch.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                failures++;
                LOG.warn("Storing {} device log entries failed (attempt {}), trying again in 1 s: {}", batch.size(), failures, e.getMessage());
                // never an error loop: after 3 failures one by one; an entry the database refuses while others
                // go in is counted and dropped; a database that refuses everything is waited for up to 30 s
                if (failures >= 3 && (storeOneByOne(batch, failures >= 30) || failures >= 30)) {
                    batch.clear();
                    failures = 0;
                } else {
                    sleep();
                }
                continue;
            }
            failures = 0;
        }
    }

    /** Stores what it can of the batch; false (nothing dropped) when every entry failed and {@code giveUp} is not set. */
    private boolean storeOneByOne(List<DeviceLogEntry> batch, boolean giveUp) {
        List<DeviceLogEntry> failed = new ArrayList<>();
        for (DeviceLogEntry e : batch) {
            try {
                log.append(List.of(e));
                counts.add(e.source().name(), "stored");
                forwarder.forward(e);
            } catch (RuntimeException ex) {
                failed.add(e);
                if (failed.size() == batch.size() && !giveUp) {
                    return false;
                }
            }
        }
        for (DeviceLogEntry e : failed) {
            counts.add(e.source().name(), "store_failed");
        }
        if (!failed.isEmpty()) {
            LOG.warn("{} device log entries refused by the database, dropped (the first from {})", failed.size(), failed.get(0).sender());
        }
        return true;
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes what is queued (up to 5 s), then stops. */
    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        thread.join(5000);
    }
}
