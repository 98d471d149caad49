package vn.dcim.core.change;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A registry edit of racked equipment made outside a change request, flagged until a supervisor has seen it. */
@Serdeable
@MappedEntity("change_bypass")
public record ChangeBypass(@Id @GeneratedValue @Nullable Long id, long assetId, String actor, Instant happenedAt, String what,
                           @Nullable String seenBy, @Nullable Instant seenAt) {
}
