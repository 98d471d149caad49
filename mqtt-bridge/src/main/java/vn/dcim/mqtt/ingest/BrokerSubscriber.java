package vn.dcim.mqtt.ingest;

/** A subscription of the bridge to the broker: MQTT 3.1.1 by default, MQTT 5 for shared subscriptions. */
interface BrokerSubscriber extends AutoCloseable {
    void start();

    boolean isConnected();

    /** Connected and the subscription confirmed by the broker. */
    boolean isSubscribed();

    @Override
    void close();
}
