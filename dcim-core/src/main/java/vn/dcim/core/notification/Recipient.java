package vn.dcim.core.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import vn.dcim.core.alarm.Severity;

@MappedEntity("notification_recipient")
public record Recipient(@Id @GeneratedValue @Nullable Long id, String name, RecipientRole role, Channel channel, String address,
                        Severity minSeverity, boolean enabled) {

    /** Severity is ordered most severe first: critical passes a "major" threshold, minor does not. */
    boolean wants(Severity severity) {
        return enabled && severity.ordinal() <= minSeverity.ordinal();
    }
}
