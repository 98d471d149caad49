package vn.dcim.mqtt.ingest;

import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.eclipse.paho.mqttv5.common.packet.MqttReturnCode;
import vn.dcim.mqtt.broker.BrokerSettings;
import vn.dcim.mqtt.broker.BrokerTls;

import java.nio.charset.StandardCharsets;

import static vn.dcim.mqtt.ingest.PahoSubscriber.DISCONNECT_WAIT_MS;
import static vn.dcim.mqtt.ingest.PahoSubscriber.FORCED_DISCONNECT_MS;
import static vn.dcim.mqtt.ingest.PahoSubscriber.QUIESCE_MS;

/**
 * MQTT 5 (Paho v5), for shared subscriptions ({@code $share/{group}/…}, several bridges split one
 * stream): clean start off with a session that outlives the connection (a week), receive maximum = the
 * bridge's in-flight window.
 */
final class PahoV5Client {
    private static final long SESSION_EXPIRY_S = 7L * 24 * 3600;

    private PahoV5Client() {
    }

    static PahoClient open(BrokerSettings broker, BridgeSettings bridge, String clientId, PahoEvents events) throws MqttException {
        MqttConnectionOptions options = options(broker, bridge);
        MqttAsyncClient c = new MqttAsyncClient(broker.getUrl(), clientId, new MemoryPersistence());
        c.setManualAcks(true);
        c.setCallback(events);
        return new PahoClient(() -> {
            IMqttToken token = c.connect(options);
            token.waitForCompletion();
            MqttProperties answer = token.getResponseProperties();
            // absent from the CONNACK means available (Paho answers true then)
            boolean shared = answer == null || answer.isSharedSubscriptionAvailable();
            return new PahoClient.Connack(token.getSessionPresent(), shared);
        }, c::isConnected,
                (filters, qos, outcome) -> c.subscribe(filters, qos, null, outcome), c::messageArrivedComplete,
                filters -> c.unsubscribe(filters).waitForCompletion(DISCONNECT_WAIT_MS),
                () -> c.disconnect(QUIESCE_MS).waitForCompletion(DISCONNECT_WAIT_MS),
                () -> c.disconnectForcibly(0, FORCED_DISCONNECT_MS, false), c::close,
                () -> {
                    MqttProperties ending = new MqttProperties();
                    ending.setSessionExpiryInterval(0L);
                    c.disconnect(QUIESCE_MS, null, null, MqttReturnCode.RETURN_CODE_SUCCESS, ending).waitForCompletion(DISCONNECT_WAIT_MS);
                });
    }

    private static MqttConnectionOptions options(BrokerSettings broker, BridgeSettings bridge) {
        MqttConnectionOptions o = new MqttConnectionOptions();
        o.setCleanStart(false);
        o.setSessionExpiryInterval(SESSION_EXPIRY_S);
        o.setAutomaticReconnect(false);
        o.setConnectionTimeout(PahoSubscriber.CONNECT_TIMEOUT_S);
        o.setKeepAliveInterval(bridge.keepAliveSeconds());
        o.setReceiveMaximum(Math.min(bridge.getInflight(), 65_535));
        if (broker.hasCredentials()) {
            o.setUserName(broker.getUsername());
            o.setPassword((broker.getPassword() == null ? "" : broker.getPassword()).getBytes(StandardCharsets.UTF_8));
        }
        o.setSocketFactory(BrokerTls.sockets(broker));
        return o;
    }
}
