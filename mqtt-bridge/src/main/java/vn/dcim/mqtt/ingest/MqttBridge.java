package vn.dcim.mqtt.ingest;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import vn.dcim.mqtt.broker.BrokerSettings;
import vn.dcim.mqtt.dialect.DialectEngine;

import java.time.Clock;

/**
 * Starts the bridge with the application: MQTT 5 shared subscriptions when
 * {@code dcim.mqtt.shared-group} is set (several instances split the stream), MQTT 3.1.1 otherwise
 * (the embedded Moquette speaks only 3.1.1).
 */
@Context
@Requires(property = "dcim.mqtt.bridge.enabled", notEquals = "false")
public class MqttBridge {
    private final BrokerSubscriber subscriber;

    MqttBridge(BrokerSettings broker, BridgeSettings bridge, IngestPipeline pipeline, DialectEngine dialects, Clock clock)
            throws Exception {
        this.subscriber = PahoSubscriber.of(broker, bridge, pipeline, dialects::topicFilters, clock);
        dialects.onLearned(subscriber::subscribeMore);
        subscriber.start();
    }

    public boolean isConnected() {
        return subscriber.isConnected();
    }

    /** Connections to the broker made since start: a count that climbs fast is a bridge thrown off again and again. */
    public long connections() {
        return subscriber.connections();
    }

    /** Connected and subscribed: from now on the broker keeps the bridge's messages even while it is away. */
    public boolean isSubscribed() {
        return subscriber.isSubscribed();
    }

    @PreDestroy
    void close() {
        subscriber.close();
    }
}
