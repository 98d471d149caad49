package vn.dcim.core.devicelog;

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
 * the batch and is tried again, so an outage shorter than the queue loses nothing.
 */
@Singleton
public class DeviceLogWriter {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceLogWriter.class);
    static final int BATCH = 1000;
    static final long LINGER_MS = 100;

    private final DeviceLog log;
    private final SocForwarder forwarder;
    private final ReceiverCounts counts;
    private final BlockingQueue<DeviceLogEntry> queue;
    private final Thread thread;
    private volatile boolean running = true;

    DeviceLogWriter(DeviceLog log, SocForwarder forwarder, ReceiverCounts counts,
                    @Value("${dcim.device-log.queue:200000}") int capacity) {
        this.log = log;
        this.forwarder = forwarder;
        this.counts = counts;
        this.queue = new ArrayBlockingQueue<>(Math.max(1000, capacity));
        this.thread = new Thread(this::run, "device-log-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Queues the entry; false (and counted) when the queue is full. Never blocks the receiver. */
    public boolean offer(DeviceLogEntry entry) {
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
                LOG.warn("Storing {} device log entries failed, trying again in 1 s: {}", batch.size(), e.getMessage());
                sleep();
            }
        }
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
