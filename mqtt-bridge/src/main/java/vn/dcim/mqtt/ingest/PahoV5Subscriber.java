package vn.dcim.mqtt.ingest;

import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
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

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * MQTT 5 (Paho v5) with a shared subscription {@code $share/{group}/dcim/#}: several bridges split
 * one stream. Same guarantees as the 3.1.1 subscriber: clean start off with a session that outlives
 * the connection, QoS 1, acknowledgement after commit on the connection the message came on.
 */
final class PahoV5Subscriber implements BrokerSubscriber, MqttCallback {
    private static final Logger LOG = LoggerFactory.getLogger(PahoV5Subscriber.class);
    private static final long SESSION_EXPIRY_S = 7L * 24 * 3600;

    private final BrokerSettings broker;
    private final BridgeSettings bridge;
    private final IngestPipeline pipeline;
    private final MqttAsyncClient client;
    private final AtomicInteger connection = new AtomicInteger();
    private Thread connector;
    private volatile boolean subscribed;

    PahoV5Subscriber(BrokerSettings broker, BridgeSettings bridge, IngestPipeline pipeline) throws MqttException {
        this.broker = broker;
        this.bridge = bridge;
        this.pipeline = pipeline;
        this.client = new MqttAsyncClient(broker.getUrl(), broker.getClientId(), new MemoryPersistence());
        client.setManualAcks(true);
        client.setCallback(this);
    }

    String filter() {
        return "$share/" + broker.getSharedGroup() + "/" + bridge.getTopicFilter();
    }

    @Override
    public void start() {
        MqttConnectionOptions o = new MqttConnectionOptions();
        o.setCleanStart(false);
        o.setSessionExpiryInterval(SESSION_EXPIRY_S);
        o.setAutomaticReconnect(true);
        o.setAutomaticReconnectDelay(1, 30);
        o.setConnectionTimeout(10);
        o.setKeepAliveInterval(30);
        o.setReceiveMaximum(Math.min(bridge.getInflight(), 65_535));
        if (broker.hasCredentials()) {
            o.setUserName(broker.getUsername());
            o.setPassword((broker.getPassword() == null ? "" : broker.getPassword()).getBytes(StandardCharsets.UTF_8));
        }
        o.setSocketFactory(BrokerTls.sockets(broker));
        connector = Reconnector.start("MQTT bridge " + broker.getUrl() + " (MQTT 5)", () -> client.connect(o).waitForCompletion());
    }

    @Override
    public void connectComplete(boolean reconnect, String serverUri) {
        connection.incrementAndGet();
        // never wait here: the broker resends the session's messages at once and they queue behind this callback
        try {
            client.subscribe(filter(), 1, null, new MqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    subscribed = true;
                    LOG.info("MQTT bridge {} to {} as {}, subscribed to {}", reconnect ? "reconnected" : "connected", serverUri,
                            broker.getClientId(), filter());
                }

                @Override
                public void onFailure(IMqttToken token, Throwable e) {
                    LOG.error("MQTT bridge could not subscribe to {}: {}", filter(), e.getMessage());
                }
            });
        } catch (MqttException e) {
            LOG.error("MQTT bridge could not subscribe to {}: {}", filter(), e.getMessage());
        }
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) throws Exception {
        int on = connection.get();
        int id = message.getId();
        int qos = message.getQos();
        pipeline.submit(new Inbound(topic, message.getPayload(), Instant.now(), () -> ack(on, id, qos)));
    }

    private void ack(int on, int id, int qos) {
        if (on != connection.get() || !client.isConnected()) {
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
        connection.incrementAndGet();
        subscribed = false;
        LOG.warn("MQTT bridge lost the broker ({}); reconnecting", response.getReasonString());
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

    @Override
    public boolean isConnected() {
        return client.isConnected();
    }

    @Override
    public boolean isSubscribed() {
        return subscribed && client.isConnected();
    }

    @Override
    public void close() {
        if (connector != null) {
            connector.interrupt();
        }
        try {
            if (client.isConnected()) {
                client.disconnect(2_000).waitForCompletion(3_000);
            }
            client.close();
        } catch (MqttException e) {
            LOG.debug("MQTT bridge close: {}", e.getMessage());
        }
    }
}
