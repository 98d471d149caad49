package vn.dcim.mqtt.ingest;

import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import vn.dcim.mqtt.broker.BrokerSettings;
import vn.dcim.mqtt.broker.BrokerTls;

import static vn.dcim.mqtt.ingest.PahoSubscriber.DISCONNECT_WAIT_MS;
import static vn.dcim.mqtt.ingest.PahoSubscriber.FORCED_DISCONNECT_MS;
import static vn.dcim.mqtt.ingest.PahoSubscriber.QUIESCE_MS;

/** MQTT 3.1.1 (Paho v3): persistent session under a fixed client id (clean session off). */
final class PahoV3Client {

    private PahoV3Client() {
    }

    static PahoClient open(BrokerSettings broker, BridgeSettings bridge, String clientId, PahoEvents events) throws MqttException {
        MqttConnectOptions options = options(broker, bridge);
        MqttAsyncClient c = new MqttAsyncClient(broker.getUrl(), clientId, new MemoryPersistence());
        c.setManualAcks(true);
        c.setCallback(events);
        return new PahoClient(() -> {
            IMqttToken token = c.connect(options);
            token.waitForCompletion();
            // MQTT 3.1.1 has no shared subscriptions
            return new PahoClient.Connack(token.getSessionPresent(), false);
        }, c::isConnected,
                (filters, qos, outcome) -> c.subscribe(filters, qos, null, outcome), c::messageArrivedComplete,
                filters -> c.unsubscribe(filters).waitForCompletion(DISCONNECT_WAIT_MS),
                () -> c.disconnect(QUIESCE_MS).waitForCompletion(DISCONNECT_WAIT_MS),
                () -> c.disconnectForcibly(0, FORCED_DISCONNECT_MS), c::close,
                () -> c.disconnect(QUIESCE_MS).waitForCompletion(DISCONNECT_WAIT_MS));
    }

    private static MqttConnectOptions options(BrokerSettings broker, BridgeSettings bridge) {
        MqttConnectOptions o = new MqttConnectOptions();
        o.setCleanSession(false);
        o.setAutomaticReconnect(false);
        o.setConnectionTimeout(PahoSubscriber.CONNECT_TIMEOUT_S);
        o.setKeepAliveInterval(bridge.keepAliveSeconds());
        o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        if (broker.hasCredentials()) {
            o.setUserName(broker.getUsername());
            o.setPassword(broker.getPassword() == null ? new char[0] : broker.getPassword().toCharArray());
        }
        o.setSocketFactory(BrokerTls.sockets(broker));
        return o;
    }
}
