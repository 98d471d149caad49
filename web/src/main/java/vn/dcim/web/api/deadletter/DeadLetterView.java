package vn.dcim.web.api.deadletter;

import io.micronaut.serde.annotation.Serdeable;
import vn.dcim.core.deadletter.DeadLetter;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A refused MQTT message: the payload as text (invalid UTF-8 replaced) and as base64, cut to 4 KiB;
 * {@code payloadSize} is the size received.
 */
@Serdeable
public record DeadLetterView(long id, String display, String reason, String detail, String topic, String payload,
                             String payloadBase64, int payloadSize, boolean truncated, Instant receivedTime) {

    static DeadLetterView of(DeadLetter d) {
        return new DeadLetterView(d.id(), d.reason().name() + ": " + d.topic(), d.reason().name(), d.detail(), d.topic(),
                new String(d.payload(), StandardCharsets.UTF_8), Base64.getEncoder().encodeToString(d.payload()),
                d.payloadSize(), d.payloadSize() > d.payload().length, d.receivedTime());
    }
}
