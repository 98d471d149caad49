package vn.dcim.core.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * The access_event columns its repository's lookups name. Events are written and listed by {@link AccessLog}
 * (idempotent batch inserts, filtered pages), never saved through this.
 */
@MappedEntity("access_event")
record AccessEventRecord(@Id Long id, String deviceId, String result, @Nullable String badge, Instant deviceTs, Instant receivedTs) {
}
