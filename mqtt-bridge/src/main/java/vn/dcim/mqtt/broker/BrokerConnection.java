package vn.dcim.mqtt.broker;

import vn.dcim.core.threads.NamedThreads;

import io.micronaut.context.annotation.Context;
import jakarta.annotation.PreDestroy;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bridge's connection to the broker. It connects in the background and reconnects by itself,
 * so a broker that is down at start-up or restarts later never stops the product.
 */
@Context
public class BrokerConnection {
    private static final Logger LOG = LoggerFactory.getLogger(BrokerConnection.class);

    private final BrokerSettings settings;
    private final MqttClient client;

    BrokerConnection(BrokerSettings settings) throws MqttException {
        this.settings = settings;
        this.client = new MqttClient(settings.getUrl(), settings.getClientId() + "-health-" + Long.toHexString(System.nanoTime()), new MemoryPersistence());
        // a publish (collector device lists) never waits for ever on a broker that went away
        this.client.setTimeToWait(15_000);
        connectInBackground();
    }

    public boolean isConnected() {
        return client.isConnected();
    }

    /**
     * Publishes a retained message, QoS 1, waiting for the broker's acknowledgement (the center's device
     * lists for remote collectors).
     */
    public void publishRetained(String topic, byte[] payload) throws MqttException {
        org.eclipse.paho.client.mqttv3.MqttMessage m = new org.eclipse.paho.client.mqttv3.MqttMessage(payload);
        m.setQos(1);
        m.setRetained(true);
        client.publish(topic, m);
    }

    public String url() {
        return settings.getUrl();
    }

    private void connectInBackground() {
        MqttConnectOptions options = new MqttConnectOptions();
        options.setAutomaticReconnect(true);
        options.setCleanSession(true);
        options.setConnectionTimeout(10);
        if (settings.hasCredentials()) {
            options.setUserName(settings.getUsername());
            options.setPassword(settings.getPassword() == null ? new char[0] : settings.getPassword().toCharArray());
        }
        options.setSocketFactory(BrokerTls.sockets(settings));
        Thread t = NamedThreads.start("mqtt-connect", () -> {
            long backoff = 1000;
            while (!client.isConnected()) {
                try {
                    client.connect(options);
                    LOG.info("Connected to MQTT broker {}", settings.getUrl());
                } catch (MqttException e) {
                    LOG.warn("MQTT broker {} not reachable ({}); retrying in {} ms", settings.getUrl(), e.getMessage(), backoff);
                    try {
                        Thread.sleep(backoff);
                    } catch (InterruptedException ie) {
                        return;
                    }
                    backoff = Math.min(backoff * 2, 30_000);
                }
            }
        });
    }

    @PreDestroy
    void close() {
        try {
            if (client.isConnected()) {
                client.disconnect(1000);
            }
            client.close(true);
        } catch (MqttException e) {
            LOG.debug("MQTT close: {}", e.getMessage());
        }
    }
}
