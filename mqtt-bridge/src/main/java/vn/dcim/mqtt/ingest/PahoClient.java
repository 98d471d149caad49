package vn.dcim.mqtt.ingest;

import java.util.function.Consumer;

/**
 * The small version adapter under the bridge's one subscriber ({@link PahoSubscriber}, issue 32 §4):
 * one Paho client, used for one connection, in MQTT 3.1.1 ({@link PahoV3Client}) or MQTT 5
 * ({@link PahoV5Client}). Everything else (reconnects, filters, acknowledgement after commit on the
 * connection the message came on) is the subscriber's, the same for both versions.
 */
interface PahoClient {

    /** What the client tells the subscriber, on Paho's threads (never wait in them). */
    interface Events {
        void connected(String serverUri);

        /** May block: the pipeline's back-pressure holds Paho's receiving thread while it is full. */
        void arrived(String topic, byte[] payload, int id, int qos) throws InterruptedException;

        void lost(String why);
    }

    /** Makes the client of one connection: QoS 1, manual acknowledgement, a session that outlives it. */
    @FunctionalInterface
    interface Factory {
        PahoClient open(Events events) throws Exception;
    }

    /** Connects, waiting for the broker's answer. */
    void connect() throws Exception;

    boolean isConnected();

    /** Subscribes to the filters with QoS 1, without waiting: the outcome comes to one of the two callbacks. */
    void subscribe(String[] filters, Runnable subscribed, Consumer<Throwable> refused) throws Exception;

    /** Acknowledges a message of this connection. */
    void ack(int id, int qos) throws Exception;

    /** A clean disconnect and close (the subscriber stops). */
    void close() throws Exception;

    /** Frees the client's threads after a lost connection; it is never connected again. */
    void discard();
}
