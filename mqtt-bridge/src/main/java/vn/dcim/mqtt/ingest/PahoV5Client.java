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

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * MQTT 5 (Paho v5), for shared subscriptions ({@code $share/{group}/…}, several bridges split one
 * stream): clean start off with a session that outlives the connection (a week), receive maximum = the
 * bridge's in-flight window.
 */
final class PahoV5Client implements PahoClient, MqttCallback {
    private static final Logger LOG = LoggerFactory.getLogger(PahoV5Client.class);
    private static final long SESSION_EXPIRY_S = 7L * 24 * 3600;

    private final MqttAsyncClient client;
    private final MqttConnectionOptions options;
    private final Events events;

    PahoV5Client(BrokerSettings broker, BridgeSettings bridge, Events events) throws MqttException {
        this.events = events;
        this.options = options(broker, bridge);
        this.client = new MqttAsyncClient(broker.getUrl(), broker.getClientId(), new MemoryPersistence());
        client.setManualAcks(true);
        client.setCallback(this);
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

    @Override
    public void connect() throws MqttException {
        client.connect(options).waitForCompletion();
    }

    @Override
    public boolean isConnected() {
        return client.isConnected();
    }

    @Override
    public void subscribe(String[] filters, Runnable subscribed, Consumer<Throwable> refused) throws MqttException {
        int[] qos = new int[filters.length];
        Arrays.fill(qos, 1);
        client.subscribe(filters, qos, null, new MqttActionListener() {
            @Override
            public void onSuccess(IMqttToken token) {
                subscribed.run();
            }

            @Override
            public void onFailure(IMqttToken token, Throwable e) {
                refused.accept(e);
            }
        });
    }

    @Override
    public void ack(int id, int qos) throws MqttException {
        client.messageArrivedComplete(id, qos);
    }

    @Override
    public void close() throws MqttException {
        if (client.isConnected()) {
            client.disconnect(2_000).waitForCompletion(3_000);
        }
        client.close();
    }

    @Override
    public void discard() {
        try {
            client.disconnectForcibly(0, 1_000, false);
        } catch (MqttException ignored) {
            // already disconnected
        }
        try {
            client.close(true);
        } catch (MqttException ignored) {
            // its threads end with the JVM
        }
    }

    @Override
    public void connectComplete(boolean reconnect, String serverUri) {
        events.connected(serverUri);
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) throws InterruptedException {
        events.arrived(topic, message.getPayload(), message.getId(), message.getQos());
    }

    @Override
    public void disconnected(MqttDisconnectResponse response) {
        events.lost(response.getReasonString() != null ? response.getReasonString()
                : response.getException() != null ? response.getException().getMessage() : "connection closed");
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
}
