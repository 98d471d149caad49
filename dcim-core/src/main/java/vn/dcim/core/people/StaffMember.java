package vn.dcim.core.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A member of the operating staff with the access badge they hold, and when they left (Art. 32.4). */
@Serdeable
public record StaffMember(long id, String name, @Nullable String badge, Instant joinedAt, @Nullable Instant leftAt) {
}
