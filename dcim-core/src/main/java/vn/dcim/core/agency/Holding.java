package vn.dcim.core.agency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** One piece of equipment an agency owns: its kind and id in its own register, when and by whom it was assigned. */
@Serdeable
@MappedEntity("agency_equipment")
public record Holding(@Id @GeneratedValue @Nullable Long id, EquipmentKind kind, String itemId, long agencyId,
                      Instant assignedAt, String assignedBy) {
}
