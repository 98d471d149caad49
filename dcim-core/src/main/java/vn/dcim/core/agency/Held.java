package vn.dcim.core.agency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A piece an agency owns, with the name and site its register gives it. */
@Serdeable
public record Held(EquipmentKind kind, String itemId, String name, @Nullable String siteId, Instant assignedAt,
                   String assignedBy) {
}
