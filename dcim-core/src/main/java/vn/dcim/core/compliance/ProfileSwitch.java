package vn.dcim.core.compliance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** From {@code at} on, the centre was judged by {@code profileId} (its first profile has no previous one). */
@Serdeable
@MappedEntity("compliance_profile_switch")
public record ProfileSwitch(@Id @GeneratedValue @Nullable Long id, Long centreId, String profileId, @Nullable String previousProfileId,
                            Instant at, String changedBy, @Nullable String reason) {
}
