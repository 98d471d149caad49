package vn.dcim.mqtt.ingest;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import vn.dcim.mqtt.broker.BrokerSettings;
import vn.dcim.mqtt.dialect.DialectEngine;

import java.time.Clock;
import java.util.List;

/**
 * Starts the bridge with the application: MQTT 5 shared subscriptions when
 * {@code dcim.mqtt.shared-group} is set (several instances split the stream) or when it keeps several
 * connections ({@code dcim.mqtt.connections}, {@link BridgeConnections}), MQTT 3.1.1 otherwise
 * (the embedded Moquette speaks only 3.1.1).
 */
@Context
@Requires(property = "dcim.mqtt.bridge.enabled", notEquals = "false")
public class MqttBridge {
    private final BridgeMembers subscriber;

    MqttBridge(BrokerSettings broker, BridgeSettings bridge, IngestPipeline pipeline, DialectEngine dialects, Clock clock)
            throws Exception {
        this.subscriber = new BridgeMembers(broker, bridge, pipeline, dialects::topicFilters, clock, BridgeConnections.of(broker));
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

    /** Messages each connection received since start, the first connection first. */
    public List<Long> receivedByConnection() {
        return subscriber.received();
    }

    /** Client ids of former connections whose sessions were drained and ended since start. */
    public List<String> retiredSessions() {
        return subscriber.retired();
    }

    @PreDestroy
    void close() {
        subscriber.close();
    }
}
