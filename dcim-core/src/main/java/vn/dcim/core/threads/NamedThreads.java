package vn.dcim.core.threads;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one place the product makes threads of its own (besides Micronaut's executors): daemon threads, named
 * for what they do (a thread dump of a stuck poller reads "snmp-poll-ticker", not "pool-7-thread-1"), whose
 * uncaught failures are logged with that name instead of vanishing on stderr. Daemon: a thread of the product
 * never holds the JVM open after a stop; each owner shuts its pool down on its own stop.
 */
public final class NamedThreads {
    private static final Logger LOG = LoggerFactory.getLogger(NamedThreads.class);

    private NamedThreads() {
    }

    /** Threads named {@code name}, or {@code name-1}, {@code name-2}, ... when {@code numbered}. */
    public static ThreadFactory factory(String name, boolean numbered) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, numbered ? name + "-" + n.incrementAndGet() : name);
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((thread, e) -> LOG.error("Thread {} stopped on an uncaught failure", thread.getName(), e));
            return t;
        };
    }

    /** One thread running tasks in turn. */
    public static ExecutorService single(String name) {
        return Executors.newSingleThreadExecutor(factory(name, false));
    }

    /** One thread running timed tasks. */
    public static ScheduledExecutorService scheduled(String name) {
        return Executors.newSingleThreadScheduledExecutor(factory(name, false));
    }

    /** {@code threads} threads named {@code name-1} ... */
    public static ExecutorService fixed(String name, int threads) {
        return Executors.newFixedThreadPool(threads, factory(name, true));
    }

    /** A started daemon thread of its own for a long-lived loop. */
    public static Thread start(String name, Runnable loop) {
        Thread t = factory(name, false).newThread(loop);
        t.start();
        return t;
    }

    /** A daemon thread of its own, not yet started (the owner starts it when its loop may run). */
    public static Thread of(String name, Runnable loop) {
        return factory(name, false).newThread(loop);
    }
}
