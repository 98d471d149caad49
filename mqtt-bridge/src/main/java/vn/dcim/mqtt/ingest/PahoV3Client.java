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
import vn.dcim.mqtt.broker.BrokerSettings;
import vn.dcim.mqtt.broker.BrokerTls;

import java.util.Arrays;
import java.util.function.Consumer;

/** MQTT 3.1.1 (Paho v3): persistent session under a fixed client id (clean session off). */
final class PahoV3Client implements PahoClient, MqttCallbackExtended {
    private final MqttAsyncClient client;
    private final MqttConnectOptions options;
    private final Events events;

    PahoV3Client(BrokerSettings broker, Events events) throws MqttException {
        this.events = events;
        this.options = options(broker);
        this.client = new MqttAsyncClient(broker.getUrl(), broker.getClientId(), new MemoryPersistence());
        client.setManualAcks(true);
        client.setCallback(this);
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
        client.subscribe(filters, qos, null, new IMqttActionListener() {
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
            client.disconnectForcibly(0, 1_000);
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
    public void connectionLost(Throwable cause) {
        events.lost(cause == null ? "?" : cause.getMessage());
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {
        // the bridge publishes nothing
    }
}
