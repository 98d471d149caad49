package vn.dcim.mqtt.ingest;

import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.mqtt.broker.BrokerSettings;
import vn.dcim.mqtt.broker.BrokerTls;
import vn.dcim.mqtt.broker.PahoSlf4jLogger;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * MQTT 3.1.1 (Paho v3): QoS 1, persistent session under a fixed client id, manual acknowledgement
 * after commit. An acknowledgement is sent only on the connection the message came on: after a
 * reconnect the broker delivers unacknowledged messages again, and packet ids may be reused.
 * <p>
 * Every connection gets a new Paho client. Paho's own automatic reconnect reuses the client, and
 * under load its sender thread could fail to restart after a broker restart: the reconnect then hung
 * in {@code CommsSender.start} for minutes (seen in BridgeResilienceSpec on a busy machine).
 */
final class PahoV3Subscriber implements BrokerSubscriber {
    private static final Logger LOG = LoggerFactory.getLogger(PahoV3Subscriber.class);

    static {
        PahoSlf4jLogger.install();
    }

    private final BrokerSettings broker;
    private final BridgeSettings bridge;
    private final IngestPipeline pipeline;
    /** The vendor dialects' topic filters and learned topics (issue 33), besides the contract's. */
    private final java.util.function.Supplier<java.util.List<String>> dialectFilters;
    private final MqttConnectOptions options;
    private final AtomicInteger connections = new AtomicInteger();
    private volatile Connection current;
    private volatile Thread connector;
    private volatile boolean closed;

    PahoV3Subscriber(BrokerSettings broker, BridgeSettings bridge, IngestPipeline pipeline) throws MqttException {
        this(broker, bridge, pipeline, java.util.List::of);
    }

    PahoV3Subscriber(BrokerSettings broker, BridgeSettings bridge, IngestPipeline pipeline,
                     java.util.function.Supplier<java.util.List<String>> dialectFilters) throws MqttException {
        this.dialectFilters = dialectFilters;
        this.broker = broker;
        this.bridge = bridge;
        this.pipeline = pipeline;
        this.options = options(broker);
        this.current = new Connection();
    }

    private static MqttConnectOptions options(BrokerSettings broker) {
        MqttConnectOptions o = new MqttConnectOptions();
        o.setCleanSession(false);
        o.setAutomaticReconnect(false);
        o.setConnectionTimeout(10);
        o.setKeepAliveInterval(30);
        o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        if (broker.hasCredentials()) {
            o.setUserName(broker.getUsername());
            o.setPassword(broker.getPassword() == null ? new char[0] : broker.getPassword().toCharArray());
        }
        o.setSocketFactory(BrokerTls.sockets(broker));
        return o;
    }

    @Override
    public void start() {
        connector = Reconnector.start("MQTT bridge " + broker.getUrl(), this::connect);
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
                c.client.subscribe(filter, 1);
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
    private final class Connection implements MqttCallbackExtended {
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
                String[] filters = filters().toArray(String[]::new);
                int[] qos = new int[filters.length];
                java.util.Arrays.fill(qos, 1);
                client.subscribe(filters, qos, null, new IMqttActionListener() {
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
        public void connectionLost(Throwable cause) {
            subscribed = false;
            if (closed || current != this) {
                return;
            }
            LOG.warn("MQTT bridge lost the broker ({}); reconnecting", cause == null ? "?" : cause.getMessage());
            // not on Paho's thread: a client cannot be closed from its own callback
            connector = Reconnector.start("MQTT bridge " + broker.getUrl(), PahoV3Subscriber.this::connect);
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
            // the bridge publishes nothing
        }

        /** Frees the client's threads; it is never connected again. */
        void discard() {
            try {
                client.disconnectForcibly(0, 1_000);
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
