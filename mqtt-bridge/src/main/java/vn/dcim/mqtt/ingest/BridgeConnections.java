package vn.dcim.mqtt.ingest;

import io.micronaut.core.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.mqtt.broker.BrokerSettings;

/**
 * How many connections the bridge keeps to the broker and how they share the stream.
 * <p>
 * One Paho connection has one receiving thread, the busiest of the bridge's when it drains a backlog:
 * several connections in one process, each a member of an MQTT 5 shared subscription
 * ({@code $share/{group}/dcim/#}), let the broker hand each message to one of them. Members are named
 * {@code {client-id}}, {@code {client-id}-2} … {@code {client-id}-N}, each with its own persistent session.
 * <p>
 * {@code dcim.mqtt.connections} unset (0) means 1, with or without a shared group, for two reasons measured on
 * the reference machine (docs/performance.md, docs/mqtt.md): in bench/mqtt the pipeline's commits took 84-91 % of
 * every drain with 1 to 4 connections at the same CPU a message (3 connections persisted 1.6-1.8 times one only
 * on cores busy with other work, by taking more of them), and Mosquitto 2.0.11 does not
 * keep shared subscriptions over its own restart: until the members subscribe again (a second or two) the
 * broker has no one in the group to queue for and drops what is published, where a plain persistent
 * subscription is restored with its session. So more connections are the operator's choice, for a broker that
 * keeps shared subscriptions over a restart (or a stream that may lose that second). Set above 1 without a group,
 * the members share the group named after the client id. The embedded broker always gets one connection:
 * Moquette speaks only MQTT 3.1.1.
 * <p>
 * What the members give up is the order between them: the broker spreads one device's messages over the
 * members, and two of them may reach the database in either order. Nothing the product keeps depends on
 * arrival order: a reading carries its own time, the latest value (memory and table) takes the newer by time,
 * a collector's batches are matched by sequence number ({@link CollectorSequences}), an access event by its id.
 * A message without a time of its own is stamped on arrival, so two such messages of one device arriving in
 * the same millisecond on two members may be stamped in the other order.
 */
record BridgeConnections(int count, @Nullable String group, String clientId) {
    private static final Logger LOG = LoggerFactory.getLogger(BridgeConnections.class);

    static BridgeConnections of(BrokerSettings broker) {
        int asked = broker.getConnections();
        String group = broker.hasSharedGroup() ? broker.getSharedGroup() : null;
        if (broker.isEmbedded()) {
            if (asked > 1) {
                LOG.warn("MQTT bridge: {} connections asked (DCIM_MQTT_CONNECTIONS), but the embedded broker speaks only MQTT 3.1.1"
                        + " and has no shared subscriptions: one connection", asked);
            }
            return new BridgeConnections(1, group, broker.getClientId());
        }
        int count = Math.max(1, asked);
        if (count > 1 && group == null) {
            group = broker.getClientId();
        }
        return new BridgeConnections(count, group, broker.getClientId());
    }

    /** MQTT 5 with a shared subscription; MQTT 3.1.1 otherwise. */
    boolean shared() {
        return group != null;
    }

    /** The prefix of every subscribed filter: "$share/{group}/", or "" without a group. */
    String share() {
        return group == null ? "" : "$share/" + group + "/";
    }

    /** Member 1 is the client id itself (a bridge of one connection keeps its session), member k {@code {client-id}-k}. */
    String clientId(int member) {
        return member == 1 ? clientId : clientId + "-" + member;
    }
}
