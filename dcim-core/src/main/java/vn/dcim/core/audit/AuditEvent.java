package vn.dcim.core.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One change to the registry, kept forever: who, when, and the entity before and after (JSON). */
@MappedEntity("audit_event")
public record AuditEvent(@Id @GeneratedValue @Nullable Long id,
                         Instant occurredAt,
                         String actor,
                         String entityType,
                         String entityId,
                         String action,
                         @Nullable String beforeJson,
                         @Nullable String afterJson) {
}
