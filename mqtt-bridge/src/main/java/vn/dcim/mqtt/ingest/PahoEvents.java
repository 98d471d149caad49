package vn.dcim.mqtt.ingest;

import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Consumer;

/**
 * Paho's callbacks of both versions, heard in one place and told to the subscriber in its own three
 * words: {@link #connected}, {@link #arrived}, {@link #lost}. The two Paho APIs name their
 * callbacks alike in different packages, so one class implements both and the version adapters
 * ({@link PahoV3Client}, {@link PahoV5Client}) only hand it to their client.
 * <p>
 * Everything here runs on Paho's threads: never wait in it (but {@link #arrived} may block, the
 * pipeline's back-pressure holding Paho's receiving thread while it is full).
 */
abstract class PahoEvents implements MqttCallbackExtended, org.eclipse.paho.mqttv5.client.MqttCallback {
    private static final Logger LOG = LoggerFactory.getLogger(PahoEvents.class);

    abstract void connected(String serverUri);

    /** {@code retained}: replayed from the broker's retained store on subscribing, not published while subscribed. */
    abstract void arrived(String topic, byte[] payload, int id, int qos, boolean retained) throws InterruptedException;

    abstract void lost(String why);

    @Override
    public final void connectComplete(boolean reconnect, String serverUri) {
        connected(serverUri);
    }

    @Override
    public final void messageArrived(String topic, org.eclipse.paho.client.mqttv3.MqttMessage m) throws InterruptedException {
        arrived(topic, m.getPayload(), m.getId(), m.getQos(), m.isRetained());
    }

    @Override
    public final void messageArrived(String topic, org.eclipse.paho.mqttv5.common.MqttMessage m) throws InterruptedException {
        arrived(topic, m.getPayload(), m.getId(), m.getQos(), m.isRetained());
    }

    /** MQTT 3.1.1. */
    @Override
    public final void connectionLost(Throwable cause) {
        lost(cause == null ? "?" : cause.getMessage());
    }

    /** MQTT 5. */
    @Override
    public final void disconnected(MqttDisconnectResponse response) {
        lost(response.getReasonString() != null ? response.getReasonString()
                : response.getException() != null ? response.getException().getMessage() : "connection closed");
    }

    @Override
    public final void mqttErrorOccurred(MqttException exception) {
        LOG.warn("MQTT bridge error: {}", exception.getMessage());
    }

    @Override
    public final void deliveryComplete(IMqttDeliveryToken token) {
        // the bridge publishes nothing
    }

    @Override
    public final void deliveryComplete(org.eclipse.paho.mqttv5.client.IMqttToken token) {
        // the bridge publishes nothing
    }

    @Override
    public final void authPacketArrived(int reasonCode, MqttProperties properties) {
        // no enhanced authentication
    }

    /** The broker's answer to a subscription, in either version: one of the two callbacks runs. */
    static final class Outcome implements IMqttActionListener, MqttActionListener {
        private final Runnable subscribed;
        private final Consumer<Throwable> refused;

        Outcome(Runnable subscribed, Consumer<Throwable> refused) {
            this.subscribed = subscribed;
            this.refused = refused;
        }

        @Override
        public void onSuccess(org.eclipse.paho.client.mqttv3.IMqttToken token) {
            subscribed.run();
        }

        @Override
        public void onFailure(org.eclipse.paho.client.mqttv3.IMqttToken token, Throwable e) {
            refused.accept(e);
        }

        @Override
        public void onSuccess(org.eclipse.paho.mqttv5.client.IMqttToken token) {
            subscribed.run();
        }

        @Override
        public void onFailure(org.eclipse.paho.mqttv5.client.IMqttToken token, Throwable e) {
            refused.accept(e);
        }
    }
}
