package vn.dcim.core.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.dcim.core.alarm.Severity;

/** A recipient as the audit log keeps it: the webhook's secret never, only whether one is stored. */
@Serdeable
public record RecipientView(Long id, String name, RecipientRole role, Channel channel, String address, Severity minSeverity,
                            Boolean enabled, @Nullable Boolean hasSecret, @Nullable String language,
                            @Nullable Long centreId, @Nullable Long accountId) {

    public static RecipientView of(Recipient r) {
        return new RecipientView(r.id(), r.name(), r.role(), r.channel(), r.address(), r.minSeverity(), r.enabled(),
                r.secret() != null, r.language(), r.centreId(), r.accountId());
    }
}
