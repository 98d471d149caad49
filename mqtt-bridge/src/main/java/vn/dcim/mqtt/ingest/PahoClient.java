package vn.dcim.mqtt.ingest;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.util.function.BooleanSupplier;

/**
 * One Paho client, used for one connection, as the bridge's one subscriber ({@link PahoSubscriber})
 * sees it in either version. The version adapters ({@link PahoV3Client},
 * {@link PahoV5Client}) build their version's options and bind each operation here to their Paho API;
 * Paho's callbacks of both versions are heard by {@link PahoEvents}. Everything else (reconnects,
 * filters and their QoS, the order of a clean or a forced close, acknowledgement after commit on the
 * connection the message came on) is the subscriber's, the same for both versions.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class PahoClient {

    /** Makes the client of one connection: manual acknowledgement, a session that outlives it, callbacks to {@code events}. */
    @FunctionalInterface
    interface Factory {
        PahoClient open(PahoEvents events) throws Exception;
    }

    @FunctionalInterface
    interface Call {
        void run() throws Exception;
    }

    /** What the broker answered to a connect: whether it kept a session, whether it offers shared subscriptions. */
    record Connack(boolean sessionPresent, boolean sharedSubscriptions) {
    }

    @FunctionalInterface
    interface Connect {
        Connack connect() throws Exception;
    }

    @FunctionalInterface
    interface Subscribe {
        void subscribe(String[] filters, int[] qos, PahoEvents.Outcome outcome) throws Exception;
    }

    @FunctionalInterface
    interface Unsubscribe {
        void unsubscribe(String[] filters) throws Exception;
    }

    @FunctionalInterface
    interface Ack {
        void ack(int id, int qos) throws Exception;
    }

    @FunctionalInterface
    interface Close {
        void close(boolean force) throws Exception;
    }

    private final Connect connect;
    private final BooleanSupplier connected;
    private final Subscribe subscribe;
    private final Ack ack;
    private final Unsubscribe unsubscribe;
    private final Call disconnect;
    private final Call disconnectForcibly;
    private final Close close;
    private final Call retire;

    /** Connects, waiting for the broker's answer. */
    Connack connect() throws Exception {
        return connect.connect();
    }

    boolean isConnected() {
        return connected.getAsBoolean();
    }

    /** Subscribes without waiting: the broker's answer comes to {@code outcome}. */
    void subscribe(String[] filters, int[] qos, PahoEvents.Outcome outcome) throws Exception {
        subscribe.subscribe(filters, qos, outcome);
    }

    /** Ends subscriptions, waiting for the broker's answer. */
    void unsubscribe(String[] filters) throws Exception {
        unsubscribe.unsubscribe(filters);
    }

    /** Acknowledges a message of this connection. */
    void ack(int id, int qos) throws Exception {
        ack.ack(id, qos);
    }

    /** A clean disconnect, waiting a few seconds at most. */
    void disconnect() throws Exception {
        disconnect.run();
    }

    /** Drops the connection at once. */
    void disconnectForcibly() throws Exception {
        disconnectForcibly.run();
    }

    /**
     * A clean disconnect that also ends the session at the broker (MQTT 5 session expiry 0): nothing is
     * queued for this client id any more. MQTT 3.1.1 has no such disconnect: a plain one.
     */
    void retire() throws Exception {
        retire.run();
    }

    /** Frees the client's threads; {@code force} when they may still be busy after a lost connection. */
    void close(boolean force) throws Exception {
        close.close(force);
    }
}
