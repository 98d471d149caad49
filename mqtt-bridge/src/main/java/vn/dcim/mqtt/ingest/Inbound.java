package vn.dcim.mqtt.ingest;

import java.time.Instant;

/**
 * A message as it came off the broker, with the acknowledgement to send once it is committed. {@code retained}: the
 * broker replayed it from its retained store on subscribing (the RETAIN flag of an MQTT PUBLISH), so it may be older than what the
 * database already knows ({@link RetainedReplays}); a message published while subscribed is never marked so.
 */
public record Inbound(String topic, byte[] payload, Instant receivedTime, Runnable ack, boolean retained) {

    public Inbound(String topic, byte[] payload, Instant receivedTime, Runnable ack) {
        this(topic, payload, receivedTime, ack, false);
    }
}
