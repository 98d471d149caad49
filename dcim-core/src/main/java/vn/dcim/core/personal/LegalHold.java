package vn.dcim.core.personal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A legal hold on one person's records (an incident under investigation, a court's or the police's request): while
 * it is in force neither an erasure nor the retention purge removes them. Released, it stays as a record.
 */
@Serdeable
public record LegalHold(long id, @Nullable String person, @Nullable String badge, String reason, String placedBy, Instant placedAt,
                        @Nullable String releasedBy, @Nullable Instant releasedAt) {
    public boolean inForce() {
        return releasedAt == null;
    }
}
