package vn.dcim.web.cli;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.EmbeddedApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.threads.NamedThreads;
import vn.dcim.web.broker.EmbeddedBroker;
import vn.dcim.web.db.EmbeddedMariaDb;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The product's stop, on TERM (systemd, Ctrl-C, {@code kill}) and after a failed start: in this order and
 * within {@link #DEADLINE}.
 * <ol>
 *   <li>the HTTP server stops taking requests;</li>
 *   <li>the application context closes: the MQTT subscriptions, the trap and syslog receivers, the pollers and
 *   the scheduled duties stop, the ingest queue and the readings not yet written are flushed, the pollers give
 *   their devices back (each bean's own close, in the order of their dependencies);</li>
 *   <li>the embedded broker stops (its store on disk keeps what it acknowledged);</li>
 *   <li>the embedded MariaDB stops, last: nothing writes to it any more.</li>
 * </ol>
 * Each step has a share of the deadline; one that overruns is logged, the later steps run all the same, and
 * the process ends once the database is down: a service manager's stop never hangs on it.
 */
final class ProductStop implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(ProductStop.class);
    /** Every process of the product gone within this after TERM (docs/deploy/dcim@.service waits longer). */
    static final Duration DEADLINE = Duration.ofSeconds(10);
    private static final Duration CONTEXT = Duration.ofSeconds(5);
    private static final Duration BROKER = Duration.ofSeconds(3);
    private static final Duration DATABASE = Duration.ofSeconds(2);

    private final CountDownLatch stopped = new CountDownLatch(1);
    /** The code of a process that had to be halted: TERM's own (128 + 15), or a failed start's. */
    private volatile int haltCode = 143;
    private volatile ApplicationContext context;
    private volatile EmbeddedBroker broker;
    private volatile EmbeddedMariaDb db;

    void database(EmbeddedMariaDb db) {
        this.db = db;
    }

    void broker(EmbeddedBroker broker) {
        this.broker = broker;
    }

    void failedStart(int exitCode) {
        this.haltCode = exitCode;
    }

    void context(ApplicationContext context) {
        this.context = context;
    }

    /** Blocks the launcher's thread until the stop has run: the product's own threads may all be daemons. */
    void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void run() {
        long start = System.nanoTime();
        boolean overdue = false;
        if (context == null && broker == null && db == null) {
            // a start refused before anything ran
            stopped.countDown();
            return;
        }
        try {
            ApplicationContext ctx = context;
            if (ctx != null) {
                overdue = !within(CONTEXT, () -> closeContext(ctx), "the application");
            }
            long contextDone = System.nanoTime();
            EmbeddedBroker b = broker;
            if (b != null) {
                overdue |= !within(BROKER, b::close, "the embedded MQTT broker");
            }
            long brokerDone = System.nanoTime();
            EmbeddedMariaDb d = db;
            if (d != null) {
                d.close(DATABASE);
            }
            long end = System.nanoTime();
            LOG.info("DCIM stopped in {} ms (application {} ms, broker {} ms, database {} ms)", millis(end - start),
                    millis(contextDone - start), millis(brokerDone - contextDone), millis(end - brokerDone));
        } finally {
            stopped.countDown();
        }
        if (overdue) {
            // a thread of the overrun step would hold the JVM past the deadline; the database is down already
            Runtime.getRuntime().halt(haltCode);
        }
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    private static void closeContext(ApplicationContext ctx) {
        // the server first: no request is taken while the rest stops
        ctx.findBean(EmbeddedApplication.class).filter(EmbeddedApplication::isRunning).ifPresent(EmbeddedApplication::stop);
        if (ctx.isRunning()) {
            ctx.close();
        }
    }

    /** Runs {@code step} on a thread of its own for at most {@code limit}; false when it overran. */
    private static boolean within(Duration limit, Runnable step, String what) {
        Thread t = NamedThreads.start("dcim-stop", () -> {
            try {
                step.run();
            } catch (RuntimeException e) {
                LOG.warn("Stopping {}: {}", what, String.valueOf(e.getMessage()).lines().findFirst().orElse(e.toString()));
                LOG.debug("Stopping {}", what, e);
            }
        });
        try {
            t.join(limit.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (t.isAlive()) {
            LOG.warn("Stopping {} took longer than {} s; going on with the rest of the stop", what, limit.toSeconds());
            return false;
        }
        return true;
    }
}
