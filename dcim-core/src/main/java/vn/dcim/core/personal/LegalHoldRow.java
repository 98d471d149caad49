package vn.dcim.core.personal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** A legal hold as legal_hold holds it; a new one has no id until it is saved. */
@MappedEntity("legal_hold")
record LegalHoldRow(@Id @GeneratedValue @Nullable Long id, @Nullable String person, @Nullable String badge, String reason, String placedBy,
                    Instant placedAt, LocalDate reviewOn, @Nullable String releasedBy, @Nullable Instant releasedAt) {

    LegalHold hold() {
        return new LegalHold(id, person, badge, reason, placedBy, placedAt, reviewOn, releasedBy, releasedAt);
    }
}
