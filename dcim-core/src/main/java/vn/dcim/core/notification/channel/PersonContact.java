package vn.dcim.core.notification.channel;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.serde.annotation.Serdeable;
import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One contact of a person on a channel type (an e-mail address, a Telegram chat id, an ntfy topic, a phone
 * number for SMS or Zalo). The secret (bot token, access token) is stored encrypted and never shown.
 */
@Serdeable
@MappedEntity("person_contact")
public record PersonContact(@Id @GeneratedValue @Nullable Long id, Long personId, String channelType, String address,
                            @JsonIgnore @Nullable @MappedProperty(converter = ContactSecret.class) String secret,
                            boolean preferred, boolean enabled) {
}
