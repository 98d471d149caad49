package vn.dcim.mqtt.ingest;

import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.mqtt.broker.BrokerSettings;
import vn.dcim.mqtt.broker.BrokerTls;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * MQTT 3.1.1 (Paho v3): QoS 1, persistent session under a fixed client id, manual acknowledgement
 * after commit. An acknowledgement is sent only on the connection the message came on: after a
 * reconnect the broker delivers unacknowledged messages again, and packet ids may be reused.
 */
final class PahoV3Subscriber implements BrokerSubscriber, MqttCallbackExtended {
    private static final Logger LOG = LoggerFactory.getLogger(PahoV3Subscriber.class);

    private final BrokerSettings broker;
    private final BridgeSettings bridge;
    private final IngestPipeline pipeline;
    private final MqttAsyncClient client;
    private final AtomicInteger connection = new AtomicInteger();
    private Thread connector;
    private volatile boolean subscribed;

    PahoV3Subscriber(BrokerSettings broker, BridgeSettings bridge, IngestPipeline pipeline) throws MqttException {
        this.broker = broker;
        this.bridge = bridge;
        this.pipeline = pipeline;
        this.client = new MqttAsyncClient(broker.getUrl(), broker.getClientId(), new MemoryPersistence());
        client.setManualAcks(true);
        client.setCallback(this);
    }

    @Override
    public void start() {
        MqttConnectOptions o = new MqttConnectOptions();
        o.setCleanSession(false);
        o.setAutomaticReconnect(true);
        o.setMaxReconnectDelay(30_000);
        o.setConnectionTimeout(10);
        o.setKeepAliveInterval(30);
        o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        if (broker.hasCredentials()) {
            o.setUserName(broker.getUsername());
            o.setPassword(broker.getPassword() == null ? new char[0] : broker.getPassword().toCharArray());
        }
        o.setSocketFactory(BrokerTls.sockets(broker));
        connector = Reconnector.start("MQTT bridge " + broker.getUrl(), () -> client.connect(o).waitForCompletion());
    }

    @Override
    public void connectComplete(boolean reconnect, String serverUri) {
        connection.incrementAndGet();
        // never wait here: the broker resends the session's messages at once and they queue behind this callback
        try {
            client.subscribe(bridge.getTopicFilter(), 1, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    subscribed = true;
                    LOG.info("MQTT bridge {} to {} as {}, subscribed to {}", reconnect ? "reconnected" : "connected", serverUri,
                            broker.getClientId(), bridge.getTopicFilter());
                }

                @Override
                public void onFailure(IMqttToken token, Throwable e) {
                    LOG.error("MQTT bridge could not subscribe to {}: {}", bridge.getTopicFilter(), e.getMessage());
                }
            });
        } catch (MqttException e) {
            LOG.error("MQTT bridge could not subscribe to {}: {}", bridge.getTopicFilter(), e.getMessage());
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
    public void connectionLost(Throwable cause) {
        connection.incrementAndGet();
        subscribed = false;
        LOG.warn("MQTT bridge lost the broker ({}); reconnecting", cause == null ? "?" : cause.getMessage());
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {
        // the bridge publishes nothing
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
