package vn.dcim.mqtt.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.mqtt.broker.BrokerSettings;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Sessions of bridge connections no longer configured ({@code dcim.mqtt.connections} lowered from 4 to 2:
 * {@code dcim-bridge-3} and {@code dcim-bridge-4}). Each is a persistent session in a shared group: the
 * broker would go on handing it its share of the stream, queued for a client that never comes back, until
 * the session expires (a week) or the broker's queue limit drops them. So at start every such session is
 * taken over under its own client id: what the broker queued for it goes through the pipeline and is
 * acknowledged after commit like any message, then its subscriptions are ended, what was still in flight
 * is taken too, and the session is ended (MQTT 5 disconnect with session expiry 0). A session the broker
 * did not have ends the search: members were always numbered 1..N. A session not drained in time (the
 * database away) is left as it is, with its messages, for the next start.
 */
final class OrphanSessions implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OrphanSessions.class);
    /** A connection count nobody configures: the search never runs on without end. */
    static final int MOST = 64;
    /** Quiet this long with nothing pending: what the broker queued has been taken. */
    static final long QUIET_MS = 1_000;
    /** The longest each phase waits; a session then not drained is kept. */
    static final long PHASE_MS = 60_000;

    private final BrokerSettings broker;
    private final BridgeSettings bridge;
    private final IngestPipeline pipeline;
    private final BridgeConnections plan;
    private final Supplier<List<String>> filters;
    private final Clock clock;
    private final List<String> retired = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    OrphanSessions(BrokerSettings broker, BridgeSettings bridge, IngestPipeline pipeline, BridgeConnections plan,
                   Supplier<List<String>> filters, Clock clock) {
        this.clock = clock;
        this.broker = broker;
        this.bridge = bridge;
        this.pipeline = pipeline;
        this.plan = plan;
        this.filters = filters;
    }

    /** Drains and ends the sessions of members count+1, count+2 … until the broker has none. */
    void retireAll() {
        try {
            for (int k = plan.count() + 1; k <= MOST && !closed; k++) {
                if (!retire(plan.clientId(k))) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // a broker of MQTT 3.1.1 only never had a member's session
            LOG.debug("MQTT bridge: sessions of former connections not checked: {}", e.getMessage());
        }
    }

    /** Client ids whose sessions were drained and ended. */
    List<String> retired() {
        return List.copyOf(retired);
    }

    /** True when the broker had a session under {@code clientId}. */
    private boolean retire(String clientId) throws Exception {
        Orphan o = new Orphan();
        PahoClient client = PahoV5Client.open(broker, bridge, clientId, o);
        o.client = client;
        try {
            PahoClient.Connack answer = client.connect();
            if (!answer.sessionPresent()) {
                // the connect made an empty session: it ends with this disconnect
                client.retire();
                return false;
            }
            LOG.info("MQTT bridge: {} is the session of a connection no longer configured; taking what the broker holds for it, then ending it",
                    clientId);
            o.quiet(PHASE_MS);
            client.unsubscribe(formerFilters());
            boolean drained = o.quiet(PHASE_MS);
            if (!drained || !client.isConnected()) {
                LOG.warn("MQTT bridge: session {} not drained ({} messages pending); kept for the next start", clientId, o.pending.get());
                if (client.isConnected()) {
                    client.disconnect();
                }
                return true;
            }
            client.retire();
            retired.add(clientId);
            LOG.info("MQTT bridge: session {} ended after {} queued messages were stored", clientId, o.taken.get());
            return true;
        } finally {
            try {
                client.close(false);
            } catch (Exception ignored) {
                // its threads end with the JVM
            }
        }
    }

    /** The filters a former member subscribed: in the current group, and in the default group (the client id). */
    private String[] formerFilters() {
        Set<String> all = new LinkedHashSet<>();
        String[] groups = {plan.share(), "$share/" + plan.clientId() + "/"};
        for (String f : filters.get()) {
            String bare = f.startsWith("$share/") ? f.substring(f.indexOf('/', "$share/".length()) + 1) : f;
            for (String g : groups) {
                if (!g.isEmpty()) {
                    all.add(g + bare);
                }
            }
        }
        return all.toArray(String[]::new);
    }

    @Override
    public void close() {
        closed = true;
    }

    /** One former member's connection: its messages go through the pipeline, acknowledged after commit. */
    private final class Orphan extends PahoEvents {
        volatile PahoClient client;
        final AtomicLong pending = new AtomicLong();
        final AtomicLong taken = new AtomicLong();
        volatile long lastArrivalMs = clock.millis();

        @Override
        void connected(String serverUri) {
            // the session's own subscriptions deliver what is queued: nothing to subscribe
        }

        @Override
        void arrived(String topic, byte[] payload, int id, int qos, boolean retained) throws InterruptedException {
            lastArrivalMs = clock.millis();
            pending.incrementAndGet();
            pipeline.submit(new Inbound(topic, payload, Instant.now(clock), () -> {
                try {
                    client.ack(id, qos);
                    taken.incrementAndGet();
                } catch (Exception e) {
                    LOG.debug("MQTT ack {} not sent: {}", id, e.getMessage());
                } finally {
                    pending.decrementAndGet();
                }
            }, retained));
        }

        @Override
        void lost(String why) {
            LOG.warn("MQTT bridge lost the broker while draining a former connection's session ({})", why);
        }

        /** Waits until nothing arrived for {@link #QUIET_MS} and every message taken is committed; false after {@code most} ms. */
        boolean quiet(long most) throws InterruptedException {
            long until = clock.millis() + most;
            while (clock.millis() < until && !closed) {
                if (pending.get() == 0 && clock.millis() - lastArrivalMs >= QUIET_MS) {
                    return true;
                }
                Thread.sleep(100);
            }
            return false;
        }
    }
}
