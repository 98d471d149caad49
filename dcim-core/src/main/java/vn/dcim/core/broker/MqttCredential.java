package vn.dcim.core.broker;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A device's sign-in to the embedded broker; the password itself is shown once and never kept. The
 * topic scope (the bridge's TopicScope) is all it may publish or subscribe under. A vendor device's credential
 * names the monitored device it was issued for and the dialect whose topics bound its scope.
 */
@MappedEntity("mqtt_credential")
public record MqttCredential(@Id @GeneratedValue @Nullable Long id, String username, String passwordHash, String topicScope,
                             @Nullable String deviceId, @Nullable String dialect, @Nullable String note, Instant createdAt, String createdBy) {
}
