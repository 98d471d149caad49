package vn.dcim.core.notification;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import vn.dcim.core.alarm.Severity;

/**
 * Who is told, how. {@code secret} is a webhook's credential (sent as a bearer token), stored
 * encrypted ({@link RecipientSecret}) and never shown.
 */
@MappedEntity("notification_recipient")
public record Recipient(@Id @GeneratedValue @Nullable Long id, String name, RecipientRole role, Channel channel, String address,
                        Severity minSeverity, boolean enabled,
                        @Nullable @MappedProperty(converter = RecipientSecret.class) String secret) {

    @Creator
    public Recipient {
    }

    public Recipient(@Nullable Long id, String name, RecipientRole role, Channel channel, String address, Severity minSeverity,
                     boolean enabled) {
        this(id, name, role, channel, address, minSeverity, enabled, null);
    }

    /** Severity is ordered most severe first: critical passes a "major" threshold, minor does not. */
    boolean wants(Severity severity) {
        return enabled && severity.ordinal() <= minSeverity.ordinal();
    }
}
