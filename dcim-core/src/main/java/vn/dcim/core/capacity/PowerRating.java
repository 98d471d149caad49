package vn.dcim.core.capacity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;

/** The rated capacity recorded for a feed, UPS or PDU of a power chain, and who last set it. */
@MappedEntity("power_rating")
record PowerRating(@Id long nodeId, BigDecimal ratedKw, @Nullable String updatedBy, Instant updatedAt) {
}
