package vn.dcim.mqtt.ingest;

/** A subscription of the bridge to the broker: MQTT 3.1.1 by default, MQTT 5 for shared subscriptions. */
interface BrokerSubscriber extends AutoCloseable {
    void start();

    boolean isConnected();

    /** Connections made since start (the first and every reconnection). */
    long connections();

    /** Connected and the subscription confirmed by the broker. */
    boolean isSubscribed();

    /** Adds a subscription now (a topic a discovery message taught); every reconnect subscribes to all of them again. */
    void subscribeMore(String filter);

    @Override
    void close();
}
