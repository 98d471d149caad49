package vn.dcim.mqtt.ingest;

import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.mqtt.broker.BrokerSettings;
import vn.dcim.mqtt.broker.BrokerTls;
import vn.dcim.mqtt.broker.PahoSlf4jLogger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * MQTT 5 (Paho v5) with a shared subscription {@code $share/{group}/dcim/#}: several bridges split
 * one stream. Same guarantees as the 3.1.1 subscriber: clean start off with a session that outlives
 * the connection, QoS 1, acknowledgement after commit on the connection the message came on, and a
 * new Paho client for every connection (see {@link PahoV3Subscriber} for why).
 */
final class PahoV5Subscriber implements BrokerSubscriber {
    private static final Logger LOG = LoggerFactory.getLogger(PahoV5Subscriber.class);

    static {
        PahoSlf4jLogger.install();
    }
    private static final long SESSION_EXPIRY_S = 7L * 24 * 3600;

    private final BrokerSettings broker;
    private final BridgeSettings bridge;
    private final IngestPipeline pipeline;
    /** The vendor dialects' topic filters and learned topics (issue 33), besides the contract's. */
    private final java.util.function.Supplier<java.util.List<String>> dialectFilters;
    private final MqttConnectionOptions options;
    private final AtomicInteger connections = new AtomicInteger();
    private volatile Connection current;
    private volatile Thread connector;
    private volatile boolean closed;

    PahoV5Subscriber(BrokerSettings broker, BridgeSettings bridge, IngestPipeline pipeline) throws MqttException {
        this(broker, bridge, pipeline, java.util.List::of);
    }

    PahoV5Subscriber(BrokerSettings broker, BridgeSettings bridge, IngestPipeline pipeline,
                     java.util.function.Supplier<java.util.List<String>> dialectFilters) throws MqttException {
        this.dialectFilters = dialectFilters;
        this.broker = broker;
        this.bridge = bridge;
        this.pipeline = pipeline;
        this.options = options(broker, bridge);
        this.current = new Connection();
    }

    private static MqttConnectionOptions options(BrokerSettings broker, BridgeSettings bridge) {
        MqttConnectionOptions o = new MqttConnectionOptions();
        o.setCleanStart(false);
        o.setSessionExpiryInterval(SESSION_EXPIRY_S);
        o.setAutomaticReconnect(false);
        o.setConnectionTimeout(10);
        o.setKeepAliveInterval(30);
        o.setReceiveMaximum(Math.min(bridge.getInflight(), 65_535));
        if (broker.hasCredentials()) {
            o.setUserName(broker.getUsername());
            o.setPassword((broker.getPassword() == null ? "" : broker.getPassword()).getBytes(StandardCharsets.UTF_8));
        }
        o.setSocketFactory(BrokerTls.sockets(broker));
        return o;
    }

    String filter() {
        return "$share/" + broker.getSharedGroup() + "/" + bridge.getTopicFilter();
    }

    @Override
    public void start() {
        connector = Reconnector.start(what(), this::connect);
    }

    private String what() {
        return "MQTT bridge " + broker.getUrl() + " (MQTT 5)";
    }

    /** One attempt: the current client if it never connected, else a new one. */
    private void connect() throws MqttException {
        if (closed) {
            return;
        }
        Connection c = current;
        if (c.used) {
            c.discard();
            c = new Connection();
            current = c;
        }
        c.used = true;
        c.client.connect(options).waitForCompletion();
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

    /** The contract's filter, then the dialects'. */
    java.util.List<String> filters() {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
        all.add(bridge.getTopicFilter());
        all.addAll(dialectFilters.get());
        return java.util.List.copyOf(all);
    }

    @Override
    public void subscribeMore(String filter) {
        Connection c = current;
        try {
            if (c != null && c.client.isConnected()) {
                c.client.subscribe("$share/" + broker.getSharedGroup() + "/" + filter, 1);
            }
        } catch (MqttException e) {
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
        Connection c = current;
        try {
            if (c.client.isConnected()) {
                c.client.disconnect(2_000).waitForCompletion(3_000);
            }
            c.client.close();
        } catch (MqttException e) {
            LOG.debug("MQTT bridge close: {}", e.getMessage());
        }
    }

    /** One Paho client, used for one connection. */
    private final class Connection implements MqttCallback {
        final MqttAsyncClient client;
        volatile boolean used;
        volatile boolean subscribed;

        Connection() throws MqttException {
            client = new MqttAsyncClient(broker.getUrl(), broker.getClientId(), new MemoryPersistence());
            client.setManualAcks(true);
            client.setCallback(this);
        }

        @Override
        public void connectComplete(boolean reconnect, String serverUri) {
            boolean again = connections.incrementAndGet() > 1;
            // never wait here: the broker resends the session's messages at once and they queue behind this callback
            try {
                String[] filters = filters().stream().map(f -> "$share/" + broker.getSharedGroup() + "/" + f).toArray(String[]::new);
                int[] qos = new int[filters.length];
                java.util.Arrays.fill(qos, 1);
                client.subscribe(filters, qos, null, new MqttActionListener() {
                    @Override
                    public void onSuccess(IMqttToken token) {
                        subscribed = true;
                        LOG.info("MQTT bridge {} to {} as {}, subscribed to {}", again ? "reconnected" : "connected", serverUri,
                                broker.getClientId(), String.join(", ", filters));
                    }

                    @Override
                    public void onFailure(IMqttToken token, Throwable e) {
                        LOG.error("MQTT bridge could not subscribe to {}: {}", String.join(", ", filters), e.getMessage());
                    }
                });
            } catch (MqttException e) {
                LOG.error("MQTT bridge could not subscribe to {}: {}", filters(), e.getMessage());
            }
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) throws Exception {
            int id = message.getId();
            int qos = message.getQos();
            pipeline.submit(new Inbound(topic, message.getPayload(), Instant.now(), () -> ack(id, qos)));
        }

        private void ack(int id, int qos) {
            if (current != this || !client.isConnected()) {
                return;
            }
            try {
                client.messageArrivedComplete(id, qos);
            } catch (MqttException e) {
                LOG.debug("MQTT ack {} not sent: {}", id, e.getMessage());
            }
        }

        @Override
        public void disconnected(MqttDisconnectResponse response) {
            subscribed = false;
            if (closed || current != this) {
                return;
            }
            LOG.warn("MQTT bridge lost the broker ({}); reconnecting", reason(response));
            // not on Paho's thread: a client cannot be closed from its own callback
            connector = Reconnector.start(what(), PahoV5Subscriber.this::connect);
        }

        private static String reason(MqttDisconnectResponse response) {
            if (response.getReasonString() != null) {
                return response.getReasonString();
            }
            return response.getException() != null ? response.getException().getMessage() : "connection closed";
        }

        @Override
        public void mqttErrorOccurred(MqttException exception) {
            LOG.warn("MQTT bridge error: {}", exception.getMessage());
        }

        @Override
        public void deliveryComplete(IMqttToken token) {
            // the bridge publishes nothing
        }

        @Override
        public void authPacketArrived(int reasonCode, MqttProperties properties) {
            // no enhanced authentication
        }

        /** Frees the client's threads; it is never connected again. */
        void discard() {
            try {
                client.disconnectForcibly(0, 1_000, false);
            } catch (MqttException ignored) {
                // already disconnected
            }
            try {
                client.close(true);
            } catch (MqttException e) {
                LOG.debug("MQTT bridge: old client not closed: {}", e.getMessage());
            }
        }
    }
}
