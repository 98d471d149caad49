package vn.dcim.mqtt.demo;

import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.mqtt.broker.BrokerSettings;
import vn.dcim.mqtt.broker.BrokerTls;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * One simulated device on the broker, as a real one behaves: its own connection, "online" retained
 * on connect, "offline" as its last will, QoS 1.
 */
final class DemoPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(DemoPublisher.class);

    private final String prefix;
    private final MqttAsyncClient client;
    private final MqttConnectOptions options;

    DemoPublisher(BrokerSettings broker, String site, String kind, String deviceId) throws MqttException {
        this.prefix = "dcim/" + site + "/" + kind + "/" + deviceId + "/";
        this.client = new MqttAsyncClient(broker.getUrl(), "dcim-demo-" + deviceId + "-" + Long.toHexString(System.nanoTime()),
                new MemoryPersistence());
        this.options = new MqttConnectOptions();
        options.setCleanSession(true);
        options.setAutomaticReconnect(true);
        options.setKeepAliveInterval(10);
        options.setWill(prefix + "status", "{\"status\":\"offline\"}".getBytes(StandardCharsets.UTF_8), 1, true);
        if (broker.hasCredentials()) {
            options.setUserName(broker.getUsername());
            options.setPassword(broker.getPassword() == null ? new char[0] : broker.getPassword().toCharArray());
        }
        options.setSocketFactory(BrokerTls.sockets(broker));
    }

    boolean isConnected() {
        return client.isConnected();
    }

    /** Connects if not connected and says so on the status channel. */
    void ensureOnline() {
        if (client.isConnected()) {
            return;
        }
        try {
            client.connect(options).waitForCompletion(5_000);
            publish("status", "{\"ts\":\"" + Instant.now() + "\",\"status\":\"online\"}", true);
        } catch (MqttException e) {
            LOG.debug("demo {} not connected: {}", prefix, e.getMessage());
        }
    }

    /** Drops the connection without a DISCONNECT, so the broker publishes the last will, as when a camera loses power. */
    void dropOut() {
        try {
            // what was published just before (the video-loss event) must reach the broker first
            for (var pending : client.getPendingDeliveryTokens()) {
                pending.waitForCompletion(2_000);
            }
            client.disconnectForcibly(0, 1_000, false);
        } catch (MqttException e) {
            LOG.debug("demo {} drop-out: {}", prefix, e.getMessage());
        }
    }

    void publish(String channel, String json) {
        publish(channel, json, false);
    }

    private void publish(String channel, String json, boolean retained) {
        if (!client.isConnected()) {
            return;
        }
        try {
            client.publish(prefix + channel, json.getBytes(StandardCharsets.UTF_8), 1, retained);
        } catch (MqttException e) {
            LOG.debug("demo publish {}{}: {}", prefix, channel, e.getMessage());
        }
    }

    void close() {
        try {
            if (client.isConnected()) {
                client.disconnect(1_000).waitForCompletion(2_000);
            }
            client.close();
        } catch (MqttException e) {
            LOG.debug("demo close {}: {}", prefix, e.getMessage());
        }
    }
}
