package vn.dcim.core.roster;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** One on-duty shift of the roster (Art. 36.3): who is on duty from when to when. */
@Serdeable
public record DutyShift(long id, Instant startsAt, Instant endsAt, String operator, @Nullable String note, String createdBy,
                        Instant createdAt) {
}
