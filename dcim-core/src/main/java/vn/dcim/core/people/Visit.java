package vn.dcim.core.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A registered visit (Art. 5.2): who, from where, why, the badge lent, the approved window, and the
 * declaration that no personal device is brought in (5.2b), or the authority's exception.
 */
@Serdeable
public record Visit(long id, String visitor, String organisation, String purpose, @Nullable String badge, Instant startsAt,
                    Instant endsAt, String approvedBy, boolean noDevices, @Nullable String deviceException, String createdBy,
                    Instant createdAt) {
}
