package vn.dcim.core.deadletter;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;
import java.util.Arrays;

/** A refused message with the reason; {@code payload} is cut to {@link #MAX_PAYLOAD} bytes. */
@MappedEntity("dead_letter")
public record DeadLetter(@Id @GeneratedValue @Nullable Long id, @MappedProperty("received_ts") Instant receivedTime, DeadLetterReason reason, String detail,
                         String topic, byte[] payload, int payloadSize) {
    public static final int MAX_PAYLOAD = 4096;
    private static final int MAX_DETAIL = 500;
    private static final int MAX_TOPIC = 500;

    public static DeadLetter of(Instant receivedTime, DeadLetterReason reason, String detail, String topic, byte[] payload) {
        return new DeadLetter(null, receivedTime, reason, cut(detail, MAX_DETAIL), cut(topic, MAX_TOPIC),
                payload.length > MAX_PAYLOAD ? Arrays.copyOf(payload, MAX_PAYLOAD) : payload, payload.length);
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
