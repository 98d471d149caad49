package vn.dcim.mqtt.ingest;

import vn.dcim.core.threads.NamedThreads;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects with back-off (1 s doubling to 30 s), each failed attempt logged with its reason: the
 * first connection and every reconnection. A broker that is down at start-up never stops the product.
 * The first attempt may wait ({@link ReconnectPacing}: a connection lost as soon as it was made).
 */
final class Reconnector {
    private static final Logger LOG = LoggerFactory.getLogger(Reconnector.class);

    interface Attempt {
        void connect() throws Exception;
    }

    private Reconnector() {
    }

    static Thread start(String what, Attempt attempt) {
        return start(what, attempt, 0);
    }

    static Thread start(String what, Attempt attempt, long firstWaitMs) {
        Thread t = NamedThreads.start("mqtt-bridge-connect", () -> {
            if (firstWaitMs > 0) {
                try {
                    Thread.sleep(firstWaitMs);
                } catch (InterruptedException ie) {
                    return;
                }
            }
            long backoff = 1000;
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    attempt.connect();
                    return;
                } catch (Exception e) {
                    LOG.warn("{}: broker not reachable ({}); retrying in {} ms", what, e.getMessage(), backoff);
                    try {
                        Thread.sleep(backoff);
                    } catch (InterruptedException ie) {
                        return;
                    }
                    backoff = Math.min(backoff * 2, 30_000);
                }
            }
        });
        return t;
    }
}
