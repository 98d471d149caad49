package vn.dcim.core.personal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A legal hold on one person's records (an incident under investigation, a court's or the police's request): while
 * it is in force neither an erasure nor the retention purge removes them. It is reviewed by {@code reviewOn} (a day of
 * the centre): a hold nobody reviews would keep a person's data past every retention. Released, it stays as a record.
 */
@Serdeable
public record LegalHold(long id, @Nullable String person, @Nullable String badge, String reason, String placedBy, Instant placedAt,
                        LocalDate reviewOn, @Nullable String releasedBy, @Nullable Instant releasedAt) {
    public boolean inForce() {
        return releasedAt == null;
    }

    /** In force after the day it was to be reviewed by. */
    public boolean overdue(LocalDate today) {
        return inForce() && reviewOn.isBefore(today);
    }
}
