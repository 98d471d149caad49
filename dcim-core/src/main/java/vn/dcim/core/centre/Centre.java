package vn.dcim.core.centre;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A data-integration centre of the province: since the 2025 merger a province may run two (the former
 * provinces'), each with its own staff, sites and duty roster, each judged by the regulation it still follows
 * until the new province issues its own (the compliance package's CentreProfiles).
 */
@Serdeable
@MappedEntity("centre")
public record Centre(@Id @GeneratedValue @Nullable Long id, String code, String name, String province, Instant createdAt) {
}
