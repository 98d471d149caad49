package vn.dcim.mqtt.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.mqtt.broker.BrokerSettings;
import vn.dcim.mqtt.broker.PahoSlf4jLogger;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The bridge's one subscriber (issue 32 §4), MQTT 3.1.1 or MQTT 5 through a small version adapter
 * ({@link PahoClient}): QoS 1, a persistent session under a fixed client id, manual acknowledgement
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

    static {
        PahoSlf4jLogger.install();
    }

    private final BrokerSettings broker;
    private final BridgeSettings bridge;
    private final IngestPipeline pipeline;
    /** The vendor dialects' topic filters and learned topics (issue 33), besides the contract's. */
    private final Supplier<List<String>> dialectFilters;
    private final PahoClient.Factory clients;
    /** Stamps each message's arrival (the time a reading without its own takes). */
    private final Clock clock;
    /** "" in MQTT 3.1.1; "$share/{group}/" with a shared group in MQTT 5. */
    private final String share;
    private final String what;
    private final AtomicInteger connections = new AtomicInteger();
    private volatile Connection current;
    private volatile Thread connector;
    private volatile boolean closed;

    /** MQTT 5 with the shared group when {@code dcim.mqtt.shared-group} is set, MQTT 3.1.1 otherwise. */
    static PahoSubscriber of(BrokerSettings broker, BridgeSettings bridge, IngestPipeline pipeline,
                             Supplier<List<String>> dialectFilters, Clock clock) throws Exception {
        return broker.hasSharedGroup()
                ? new PahoSubscriber(broker, bridge, pipeline, dialectFilters, events -> new PahoV5Client(broker, bridge, events),
                "$share/" + broker.getSharedGroup() + "/", " (MQTT 5)", clock)
                : new PahoSubscriber(broker, bridge, pipeline, dialectFilters, events -> new PahoV3Client(broker, events), "", "", clock);
    }

    static PahoSubscriber v3(BrokerSettings broker, BridgeSettings bridge, IngestPipeline pipeline, Clock clock) throws Exception {
        return new PahoSubscriber(broker, bridge, pipeline, List::of, events -> new PahoV3Client(broker, events), "", "", clock);
    }

    private PahoSubscriber(BrokerSettings broker, BridgeSettings bridge, IngestPipeline pipeline, Supplier<List<String>> dialectFilters,
                           PahoClient.Factory clients, String share, String version, Clock clock) throws Exception {
        this.clock = clock;
        this.broker = broker;
        this.bridge = bridge;
        this.pipeline = pipeline;
        this.dialectFilters = dialectFilters;
        this.clients = clients;
        this.share = share;
        this.what = "MQTT bridge " + broker.getUrl() + version;
        this.current = new Connection();
    }

    @Override
    public void start() {
        connector = Reconnector.start(what, this::connect);
    }

    /** One attempt: the current client if it never connected, else a new one. */
    private void connect() throws Exception {
        if (closed) {
            return;
        }
        Connection c = current;
        if (c.used) {
            c.client.discard();
            c = new Connection();
            current = c;
        }
        c.used = true;
        c.client.connect();
    }

    @Override
    public boolean isConnected() {
        return current.client.isConnected();
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
                c.client.subscribe(new String[]{share + filter}, () -> { }, e -> LOG.warn("MQTT bridge could not subscribe to {}: {}", filter, e.getMessage()));
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
        try {
            current.client.close();
        } catch (Exception e) {
            LOG.debug("MQTT bridge close: {}", e.getMessage());
        }
    }

    /** One Paho client, used for one connection. */
    private final class Connection implements PahoClient.Events {
        final PahoClient client;
        volatile boolean used;
        volatile boolean subscribed;

        Connection() throws Exception {
            client = clients.open(this);
        }

        @Override
        public void connected(String serverUri) {
            boolean again = connections.incrementAndGet() > 1;
            // never wait here: the broker resends the session's messages at once and they queue behind this callback
            String[] filters = filters().toArray(String[]::new);
            try {
                client.subscribe(filters, () -> {
                    subscribed = true;
                    LOG.info("MQTT bridge {} to {} as {}, subscribed to {}", again ? "reconnected" : "connected", serverUri,
                            broker.getClientId(), String.join(", ", filters));
                }, e -> LOG.error("MQTT bridge could not subscribe to {}: {}", String.join(", ", filters), e.getMessage()));
            } catch (Exception e) {
                LOG.error("MQTT bridge could not subscribe to {}: {}", String.join(", ", filters), e.getMessage());
            }
        }

        @Override
        public void arrived(String topic, byte[] payload, int id, int qos) throws InterruptedException {
            pipeline.submit(new Inbound(topic, payload, Instant.now(clock), () -> ack(id, qos)));
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
        public void lost(String why) {
            subscribed = false;
            if (closed || current != this) {
                return;
            }
            LOG.warn("MQTT bridge lost the broker ({}); reconnecting", why);
            // not on Paho's thread: a client cannot be closed from its own callback
            connector = Reconnector.start(what, PahoSubscriber.this::connect);
        }
    }
}
