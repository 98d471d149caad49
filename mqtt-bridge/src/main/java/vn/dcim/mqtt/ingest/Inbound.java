package vn.dcim.mqtt.ingest;

import java.time.Instant;

/** A message as it came off the broker, with the acknowledgement to send once it is committed. */
public record Inbound(String topic, byte[] payload, Instant receivedTime, Runnable ack) {
}
