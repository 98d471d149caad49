package vn.dcim.mqtt.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.mqtt.broker.BrokerSettings;
import vn.dcim.mqtt.broker.PahoSlf4jLogger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One connection of the bridge ({@link BridgeMembers}: one or several), MQTT 3.1.1 or MQTT 5 through a thin version adapter
 * ({@link PahoClient}) and one listener to Paho's callbacks of both versions ({@link PahoEvents}): QoS 1, a persistent session under a fixed client id, manual acknowledgement
 * after commit. An acknowledgement is sent only on the connection the message came on: after a
 * reconnect the broker delivers unacknowledged messages again, and packet ids may be reused. With a
 * shared group ({@code dcim.mqtt.shared-group}, MQTT 5) every filter is subscribed as
 * {@code $share/{group}/{filter}}, so several bridges split one stream.
 * <p>
 * Every connection gets a new Paho client. Paho's own automatic reconnect reuses the client, and
 * under load its sender thread could fail to restart after a broker restart: the reconnect then hung
 * in {@code CommsSender.start} for minutes (seen in BridgeResilienceSpec on a busy machine).
 */
final class PahoSubscriber implements BrokerSubscriber {
    private static final Logger LOG = LoggerFactory.getLogger(PahoSubscriber.class);
    /** The same connection behaviour for both versions: the adapters take these (the keep-alive from {@link BridgeSettings}). */
    static final int CONNECT_TIMEOUT_S = 10;
    /** A clean close lets work in flight finish for 2 s and waits 3 s at most for the broker. */
    static final long QUIESCE_MS = 2_000;
    static final long DISCONNECT_WAIT_MS = 3_000;
    static final long FORCED_DISCONNECT_MS = 1_000;

    static {
        PahoSlf4jLogger.install();
    }

    private final BrokerSettings broker;
    private final BridgeSettings bridge;
    private final IngestPipeline pipeline;
    /** The vendor dialects' topic filters and learned topics, besides the contract's. */
    private final Supplier<List<String>> dialectFilters;
    private final PahoClient.Factory clients;
    /** Stamps each message's arrival (the time a reading without its own takes). */
    private final Clock clock;
    /** "" in MQTT 3.1.1; "$share/{group}/" with a shared group in MQTT 5 (dropped when the broker has none). */
    private volatile String share;
    private final String clientId;
    private final Runnable sharedRefused;
    /** Messages this connection handed to the pipeline since start: how the broker spreads a shared stream. */
    private final AtomicLong received = new AtomicLong();
    private final String what;
    private final AtomicInteger connections = new AtomicInteger();
    private final ReconnectPacing pacing = new ReconnectPacing();
    private volatile Connection current;
    private volatile Thread connector;
    private volatile boolean closed;

    /** MQTT 5 with the shared group when {@code dcim.mqtt.shared-group} is set, MQTT 3.1.1 otherwise: one connection. */
    static PahoSubscriber of(BrokerSettings broker, BridgeSettings bridge, IngestPipeline pipeline,
                             Supplier<List<String>> dialectFilters, Clock clock) throws Exception {
        BridgeConnections one = new BridgeConnections(1, broker.hasSharedGroup() ? broker.getSharedGroup() : null, broker.getClientId());
        return member(broker, bridge, pipeline, dialectFilters, clock, one, 1, () -> { });
    }

    /**
     * Member {@code k} of the bridge's connections: its own client id and session, the group's shared
     * subscription; {@code sharedRefused} runs when the broker's CONNACK says it has no shared subscriptions.
     */
    static PahoSubscriber member(BrokerSettings broker, BridgeSettings bridge, IngestPipeline pipeline,
                                 Supplier<List<String>> dialectFilters, Clock clock, BridgeConnections plan, int k,
                                 Runnable sharedRefused) throws Exception {
        String clientId = plan.clientId(k);
        return plan.shared()
                ? new PahoSubscriber(broker, bridge, pipeline, dialectFilters, events -> PahoV5Client.open(broker, bridge, clientId, events),
                plan.share(), " (MQTT 5)", clock, clientId, sharedRefused)
                : new PahoSubscriber(broker, bridge, pipeline, dialectFilters, events -> PahoV3Client.open(broker, bridge, clientId, events),
                "", "", clock, clientId, sharedRefused);
    }

    static PahoSubscriber v3(BrokerSettings broker, BridgeSettings bridge, IngestPipeline pipeline, Clock clock) throws Exception {
        return new PahoSubscriber(broker, bridge, pipeline, List::of, events -> PahoV3Client.open(broker, bridge, broker.getClientId(), events),
                "", "", clock, broker.getClientId(), () -> { });
    }

    private PahoSubscriber(BrokerSettings broker, BridgeSettings bridge, IngestPipeline pipeline, Supplier<List<String>> dialectFilters,
                           PahoClient.Factory clients, String share, String version, Clock clock, String clientId,
                           Runnable sharedRefused) throws Exception {
        this.clock = clock;
        this.broker = broker;
        this.bridge = bridge;
        this.pipeline = pipeline;
        this.dialectFilters = dialectFilters;
        this.clients = clients;
        this.share = share;
        this.clientId = clientId;
        this.sharedRefused = sharedRefused;
        this.what = "MQTT bridge " + broker.getUrl() + " as " + clientId + version;
        this.current = new Connection();
    }

    @Override
    public void start() {
        start(0);
    }

    /** Starts after {@code delayMs}: the members of one bridge do not all ask the broker in the same instant. */
    void start(long delayMs) {
        connector = Reconnector.start(what, this::connect, delayMs);
    }

    String clientId() {
        return clientId;
    }

    long received() {
        return received.get();
    }

    /**
     * The broker has no shared subscriptions: the filters are subscribed as they are from now on (the one
     * connection left then takes the whole stream), and again now when connected.
     */
    void withoutShare() {
        if (share.isEmpty()) {
            return;
        }
        share = "";
        Connection c = current;
        try {
            if (c.client.isConnected()) {
                String[] filters = filters().toArray(String[]::new);
                subscribe(c.client, filters, () -> c.subscribed = true,
                        e -> LOG.error("MQTT bridge could not subscribe to {}: {}", String.join(", ", filters), e.getMessage()));
            }
        } catch (Exception e) {
            LOG.error("MQTT bridge could not subscribe without a shared group: {}", e.getMessage());
        }
    }

    /** One attempt: the current client if it never connected, else a new one. */
    private void connect() throws Exception {
        if (closed) {
            return;
        }
        Connection c = current;
        if (c.used) {
            discard(c.client);
            c = new Connection();
            current = c;
        }
        c.used = true;
        PahoClient.Connack answer = c.client.connect();
        if (!share.isEmpty() && !answer.sharedSubscriptions()) {
            sharedRefused.run();
        }
    }

    @Override
    public boolean isConnected() {
        return current.client.isConnected();
    }

    @Override
    public long connections() {
        return connections.get();
    }

    @Override
    public boolean isSubscribed() {
        Connection c = current;
        return c.subscribed && c.client.isConnected();
    }

    /** The contract's filter, then the dialects', as subscribed (with the shared group's prefix). */
    List<String> filters() {
        LinkedHashSet<String> all = new LinkedHashSet<>();
        all.add(share + bridge.getTopicFilter());
        dialectFilters.get().forEach(f -> all.add(share + f));
        return List.copyOf(all);
    }

    @Override
    public void subscribeMore(String filter) {
        Connection c = current;
        try {
            if (c != null && c.client.isConnected()) {
                subscribe(c.client, new String[]{share + filter}, () -> { },
                        e -> LOG.warn("MQTT bridge could not subscribe to {}: {}", filter, e.getMessage()));
            }
        } catch (Exception e) {
            LOG.warn("MQTT bridge could not subscribe to {}: {}", filter, e.getMessage());
        }
    }

    @Override
    public void close() {
        closed = true;
        Thread t = connector;
        if (t != null) {
            t.interrupt();
        }
        PahoClient client = current.client;
        try {
            if (client.isConnected()) {
                client.disconnect();
            }
            client.close(false);
        } catch (Exception e) {
            LOG.debug("MQTT bridge close: {}", e.getMessage());
        }
    }

    /** QoS 1 for every filter, without waiting: the broker's answer comes to one of the two callbacks. */
    private static void subscribe(PahoClient client, String[] filters, Runnable subscribed, Consumer<Throwable> refused) throws Exception {
        int[] qos = new int[filters.length];
        Arrays.fill(qos, 1);
        client.subscribe(filters, qos, new PahoEvents.Outcome(subscribed, refused));
    }

    /** Frees a client after a lost connection: it is never connected again. */
    private static void discard(PahoClient client) {
        try {
            client.disconnectForcibly();
        } catch (Exception ignored) {
            // already disconnected
        }
        try {
            client.close(true);
        } catch (Exception ignored) {
            // its threads end with the JVM
        }
    }

    /** One Paho client, used for one connection. */
    private final class Connection extends PahoEvents {
        final PahoClient client;
        volatile boolean used;
        volatile boolean subscribed;
        volatile long connectedAtMs;

        Connection() throws Exception {
            client = clients.open(this);
        }

        @Override
        void connected(String serverUri) {
            connectedAtMs = clock.millis();
            boolean again = connections.incrementAndGet() > 1;
            // never wait here: the broker resends the session's messages at once and they queue behind this callback
            String[] filters = filters().toArray(String[]::new);
            try {
                subscribe(client, filters, () -> {
                    subscribed = true;
                    LOG.info("MQTT bridge {} to {} as {}, subscribed to {}", again ? "reconnected" : "connected", serverUri,
                            clientId, String.join(", ", filters));
                }, e -> LOG.error("MQTT bridge could not subscribe to {}: {}", String.join(", ", filters), e.getMessage()));
            } catch (Exception e) {
                LOG.error("MQTT bridge could not subscribe to {}: {}", String.join(", ", filters), e.getMessage());
            }
        }

        @Override
        void arrived(String topic, byte[] payload, int id, int qos, boolean retained) throws InterruptedException {
            received.incrementAndGet();
            pipeline.submit(new Inbound(topic, payload, Instant.now(clock), () -> ack(id, qos), retained));
        }

        private void ack(int id, int qos) {
            if (current != this || !client.isConnected()) {
                return;
            }
            try {
                client.ack(id, qos);
            } catch (Exception e) {
                LOG.debug("MQTT ack {} not sent: {}", id, e.getMessage());
            }
        }

        @Override
        void lost(String why) {
            subscribed = false;
            if (closed || current != this) {
                return;
            }
            Duration lived = Duration.ofMillis(Math.max(0, clock.millis() - connectedAtMs));
            Duration wait = pacing.afterLoss(lived);
            if (wait.isZero()) {
                LOG.warn("MQTT bridge lost the broker ({}); reconnecting", why);
            } else {
                LOG.warn("MQTT bridge lost the broker ({}) {} ms after connecting, {} time(s) in a row: another client under the id {}"
                        + " or a broker that drops the session; reconnecting in {} s", why, lived.toMillis(), pacing.shortInARow(),
                        clientId, wait.toSeconds());
            }
            // not on Paho's thread: a client cannot be closed from its own callback
            connector = Reconnector.start(what, PahoSubscriber.this::connect, wait.toMillis());
        }
    }
}
