package vn.dcim.mqtt.broker;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A device's sign-in to the embedded broker; the password itself is shown once and never kept. The
 * topic scope ({@link TopicScope}) is all it may publish or subscribe under.
 */
@MappedEntity("mqtt_credential")
public record MqttCredential(@Id @GeneratedValue @Nullable Long id, String username, String passwordHash, String topicScope,
                             @Nullable String note, Instant createdAt, String createdBy) {
}
